package app.limber.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions for a search box, from Lucene's {@link FuzzySuggester}: each name and alias
 * is a completion of what was typed, from its first word or from any later one ("bri"
 * completes "Glute bridge"). Completions of the letters as typed come first, from
 * Lucene's {@link AnalyzingSuggester}; then those that need one typo fixed, from the
 * fourth letter. Whole names come before aliases, and a completion from the first word
 * before one from a later word. Built once per catalogue; safe from any number of
 * threads.
 */
public final class Suggester {

	private static final long NAME = 4;

	private static final long ALIAS = 3;

	private static final long LATER_WORD = 1;

	private static final int MAX_INPUT = 100;

	private static final int OPTIONS = AnalyzingSuggester.EXACT_FIRST | AnalyzingSuggester.PRESERVE_SEP;

	// Entries that read the same once analysed ("stretch", the last word of many names)
	// keep this many of the heaviest.
	private static final int SURFACE_FORMS = 256;

	/** Typos are forgiven from this many typed letters. */
	private static final int TYPO_FROM = 4;

	private final AnalyzingSuggester exact;

	private final FuzzySuggester fuzzy;

	private final List<Suggestion> suggestions;

	private Suggester(AnalyzingSuggester exact, FuzzySuggester fuzzy, List<Suggestion> suggestions) {
		this.exact = exact;
		this.fuzzy = fuzzy;
		this.suggestions = suggestions;
	}

	/**
	 * Builds the suggester.
	 * @param entries what can be suggested, most important first (their order breaks
	 * ties)
	 * @return the suggester
	 */
	public static Suggester build(List<Entry> entries) {
		List<Suggestion> suggestions = new ArrayList<>(entries.size());
		Map<String, Input> inputs = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			suggestions.add(entry.suggestion());
			// Ties go to the earlier entry: weights leave room for every entry's rank.
			long rank = entries.size() - i;
			add(inputs, entry.suggestion().name(), NAME, rank, entries.size(), i);
			for (String alias : entry.aliases()) {
				add(inputs, alias, ALIAS, rank, entries.size(), i);
			}
		}
		AnalyzingSuggester exact = new AnalyzingSuggester(new ByteBuffersDirectory(), "exact", SearchAnalysis.TYPED,
				SearchAnalysis.TYPED, OPTIONS, SURFACE_FORMS, -1, true);
		FuzzySuggester fuzzy = new FuzzySuggester(new ByteBuffersDirectory(), "fuzzy", SearchAnalysis.TYPED,
				SearchAnalysis.TYPED, OPTIONS, SURFACE_FORMS, -1, true, 1, true, 1, TYPO_FROM, false);
		try {
			// Both look completions up in the same automaton, built from the same inputs
			// by the same analysis: built once, and read by the exact one as stored.
			fuzzy.build(new Inputs(List.copyOf(inputs.values())));
			ByteBuffersDataOutput built = new ByteBuffersDataOutput();
			fuzzy.store(built);
			exact.load(built.toDataInput());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the suggester", ex);
		}
		return new Suggester(exact, fuzzy, List.copyOf(suggestions));
	}

	// A text is suggested from its first word, and from each later word at a lower
	// weight.
	// Entries that share a text ("bridge", from several names) share one input, which
	// lists them all.
	private static void add(Map<String, Input> inputs, String text, long kind, long rank, int entries, int index) {
		List<String> words = SearchAnalysis.typedWords(text);
		for (int start = 0; start < words.size(); start++) {
			long weight = ((start == 0) ? kind : LATER_WORD) * (entries + 1L) + rank;
			inputs.computeIfAbsent(String.join(" ", words.subList(start, words.size())), Input::new).add(weight, index);
		}
	}

	/**
	 * Suggests completions of what was typed, best first, one per entry.
	 * @param typed the search box's text
	 * @param size the most suggestions wanted
	 * @return the suggestions
	 */
	public List<Suggestion> suggest(String typed, int size) {
		String key = String.join(" ", SearchAnalysis.typedWords(typed));
		if (key.isEmpty() || key.length() > MAX_INPUT) {
			return List.of();
		}
		try {
			Map<Integer, Suggestion> best = new LinkedHashMap<>();
			// Completions of what was typed as it is, then those that need a typo fixed.
			// An entry may complete through its name and several aliases: ask for
			// more.
			add(best, this.exact.lookup(key, false, size * 4), size);
			if (best.size() < size) {
				add(best, this.fuzzy.lookup(key, false, size * 4), size);
			}
			return List.copyOf(best.values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void add(Map<Integer, Suggestion> best, List<Lookup.LookupResult> results, int size) {
		for (Lookup.LookupResult result : results) {
			if (best.size() == size) {
				return;
			}
			for (String index : result.payload.utf8ToString().split(",")) {
				if (best.size() == size) {
					return;
				}
				best.putIfAbsent(Integer.valueOf(index), this.suggestions.get(Integer.parseInt(index)));
			}
		}
	}

	/**
	 * Something a search box can suggest.
	 *
	 * @param kind what it is, such as {@code exercise} or {@code muscle}
	 * @param slug its id
	 * @param name its display name
	 */
	public record Suggestion(String kind, String slug, String name) {
	}

	/**
	 * A suggestion and the other names it may be typed as.
	 *
	 * @param suggestion what to suggest
	 * @param aliases other names that complete to it
	 */
	public record Entry(Suggestion suggestion, List<String> aliases) {
	}

	// A text to complete, the heaviest weight of the entries it completes to, and those
	// entries, heaviest first.
	private static final class Input {

		private final String text;

		private long weight;

		private final List<long[]> entries = new ArrayList<>();

		Input(String text) {
			this.text = text;
		}

		void add(long weight, int index) {
			this.weight = Math.max(this.weight, weight);
			this.entries.add(new long[] { weight, index });
		}

		String payload() {
			return this.entries.stream()
				.sorted((one, other) -> Long.compare(other[0], one[0]))
				.map((entry) -> Long.toString(entry[1]))
				.distinct()
				.collect(Collectors.joining(","));
		}

	}

	private static final class Inputs implements InputIterator {

		private final Iterator<Input> inputs;

		private Input current;

		Inputs(List<Input> inputs) {
			this.inputs = inputs.iterator();
		}

		@Override
		public BytesRef next() {
			if (!this.inputs.hasNext()) {
				return null;
			}
			this.current = this.inputs.next();
			return new BytesRef(this.current.text);
		}

		@Override
		public long weight() {
			return this.current.weight;
		}

		@Override
		public BytesRef payload() {
			return new BytesRef(this.current.payload().getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public boolean hasPayloads() {
			return true;
		}

		@Override
		public Set<BytesRef> contexts() {
			return null;
		}

		@Override
		public boolean hasContexts() {
			return false;
		}

	}

}
