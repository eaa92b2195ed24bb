package app.limber.catalogue.model;

import app.limber.catalogue.wire.WireValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.limber.search.SearchDocument;
import app.limber.search.SearchIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Answers questions about exercises from memory: one bit set per filter value, every
 * order worked out in advance, and a Lucene index for the search query. A question costs
 * a few bit-set operations, one search when there is a query, and a walk over the
 * catalogue in the order asked for.
 */
final class ExerciseIndex {

	private final List<ExerciseEntry> exercises;

	private final FixedBitSet all;

	// For each filter, each value (in the contract's order) with the exercises that have
	// it.
	private final Map<Filter, Map<String, FixedBitSet>> values = new EnumMap<>(Filter.class);

	// Ordinals in each order; descending orders are read from these with name ties kept
	// ascending.
	private final int[] byName;

	private final int[] nameRank;

	private final int[] byDifficulty;

	private final int[] byDifficultyDescending;

	private final int[] byDuration;

	private final int[] byDurationDescending;

	private final SearchIndex search;

	/**
	 * Indexes a catalogue's exercises.
	 * @param exercises the exercises, by ordinal
	 * @param slugs for each filter that takes slugs of the catalogue's own entries, those
	 * slugs in the order their list endpoint gives
	 * @param ties what the catalogue ties each exercise to: the causes, whose words also
	 * find it
	 */
	ExerciseIndex(List<ExerciseEntry> exercises, Map<Filter, List<String>> slugs, Catalogue.Ties ties) {
		this.exercises = exercises;
		int size = exercises.size();
		this.all = new FixedBitSet(Math.max(size, 1));
		this.all.set(0, size);
		for (Filter filter : Filter.values()) {
			index(filter, allowed(filter, slugs), ties);
		}
		Comparator<ExerciseEntry> name = Comparator
			.comparing((ExerciseEntry exercise) -> exercise.name().toLowerCase(Locale.ROOT))
			.thenComparing(ExerciseEntry::slug);
		this.byName = order(name);
		this.nameRank = new int[size];
		for (int rank = 0; rank < size; rank++) {
			this.nameRank[this.byName[rank]] = rank;
		}
		Comparator<ExerciseEntry> byName = Comparator.comparingInt((exercise) -> this.nameRank[exercise.ordinal()]);
		this.byDifficulty = order(Comparator.comparing(ExerciseEntry::difficulty).thenComparing(byName));
		this.byDifficultyDescending = order(
				Comparator.comparing(ExerciseEntry::difficulty, Comparator.reverseOrder()).thenComparing(byName));
		Comparator<ExerciseEntry> timed = Comparator
			.comparing((exercise) -> exercise.estimatedDurationSeconds() == null);
		this.byDuration = order(timed
			.thenComparing(ExerciseEntry::estimatedDurationSeconds, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(byName));
		this.byDurationDescending = order(timed
			.thenComparing(ExerciseEntry::estimatedDurationSeconds, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(byName));
		this.search = SearchIndex
			.build(exercises.stream().map((exercise) -> document(exercise, ties.causesOf(exercise))).toList());
	}

	private static List<MuscleEntry> muscles(ExerciseEntry exercise) {
		List<MuscleEntry> muscles = new ArrayList<>(exercise.primaryMuscles());
		muscles.addAll(exercise.secondaryMuscles());
		return muscles;
	}

	private static SearchDocument document(ExerciseEntry exercise, List<CauseEntry> causes) {
		List<String> muscles = new ArrayList<>();
		for (MuscleEntry muscle : muscles(exercise)) {
			muscles.add(muscle.name());
			muscles.addAll(muscle.aliases());
			muscles.add(muscle.region().value().replace('-', ' '));
		}
		// The words people use for what lies behind their pain come from the causes an
		// article ties the exercise to, once for each such article: the more articles tie
		// it to a cause, the better it answers that cause's words.
		List<String> causeWords = new ArrayList<>();
		for (CauseEntry cause : causes) {
			for (CauseEntry.Link link : cause.links()) {
				if (link.exercise().slug().equals(exercise.slug())) {
					causeWords.add(cause.name());
					causeWords.addAll(cause.terms());
				}
			}
		}
		return new SearchDocument(exercise.name(), exercise.otherNames(), exercise.summary(), exercise.whyItHelps(),
				exercise.steps(), muscles, causeWords);
	}

	private static List<String> allowed(Filter filter, Map<Filter, List<String>> slugs) {
		if (filter.type() != null) {
			return WireValue.allowed(filter.type());
		}
		if (filter.match() == Filter.Match.NONE_WHEN_TRUE) {
			return List.of(Filter.TRUE);
		}
		return slugs.getOrDefault(filter, List.of());
	}

	private void index(Filter filter, List<String> allowed, Catalogue.Ties ties) {
		Map<String, FixedBitSet> sets = new LinkedHashMap<>();
		for (String value : allowed) {
			sets.put(value, new FixedBitSet(this.all.length()));
		}
		for (ExerciseEntry exercise : this.exercises) {
			for (String value : filter.valuesOf(exercise, ties)) {
				FixedBitSet set = sets.get(value);
				if (set != null) {
					set.set(exercise.ordinal());
				}
			}
		}
		this.values.put(filter, sets);
	}

	private int[] order(Comparator<ExerciseEntry> comparator) {
		return this.exercises.stream().sorted(comparator).mapToInt(ExerciseEntry::ordinal).toArray();
	}

	/**
	 * How many exercises have a value of a filter.
	 * @param filter the filter
	 * @param value the value, as the filter takes it
	 * @return the count, 0 for an unknown value
	 */
	int count(Filter filter, String value) {
		FixedBitSet set = this.values.get(filter).get(value);
		return (set != null) ? set.cardinality() : 0;
	}

	/**
	 * The exercises with a value of a filter, in name order.
	 * @param filter the filter
	 * @param value the value
	 * @return the exercises
	 */
	List<ExerciseEntry> withValue(Filter filter, String value) {
		FixedBitSet set = this.values.get(filter).get(value);
		List<ExerciseEntry> found = new ArrayList<>();
		if (set != null) {
			for (int ordinal : this.byName) {
				if (set.get(ordinal)) {
					found.add(this.exercises.get(ordinal));
				}
			}
		}
		return found;
	}

	/**
	 * Answers a question.
	 * @param filter which exercises
	 * @param order in which order ({@code RELEVANCE} without a query is by name)
	 * @param offset how many matches to skip
	 * @param limit the most to return
	 * @param facets the facets to count
	 * @return the page, the total and the counts
	 */
	ExerciseMatches find(ExerciseFilter filter, ExerciseOrder order, long offset, int limit, Set<Filter> facets) {
		Map<Filter, FixedBitSet> chosen = chosen(filter);
		boolean byRelevance = order.by() == ExerciseOrder.By.RELEVANCE;
		SearchIndex.Hits hits = (filter.query() != null) ? this.search.search(filter.query(), byRelevance) : null;
		FixedBitSet found = (hits != null) ? hits.found() : null;
		FixedBitSet matching = intersect(chosen, null, found);
		int total = matching.cardinality();
		List<ExerciseEntry> page = (byRelevance && hits != null) ? byRelevance(hits, matching, total, offset, limit)
				: inOrder(order, matching, offset, limit);
		Map<Filter, List<FacetCount>> counts = new EnumMap<>(Filter.class);
		for (Filter facet : facets) {
			// Multi-select: a facet's counts ignore its own filter.
			FixedBitSet others = chosen.containsKey(facet) ? intersect(chosen, facet, found) : matching;
			List<FacetCount> values = new ArrayList<>();
			this.values.get(facet)
				.forEach((value, set) -> values
					.add(new FacetCount(value, (int) FixedBitSet.intersectionCount(others, set))));
			counts.put(facet, List.copyOf(values));
		}
		return new ExerciseMatches(page, total, counts);
	}

	// For each filter given, the exercises it admits.
	private Map<Filter, FixedBitSet> chosen(ExerciseFilter filter) {
		Map<Filter, FixedBitSet> chosen = new EnumMap<>(Filter.class);
		for (Filter given : filter.given()) {
			Map<String, FixedBitSet> sets = this.values.get(given);
			FixedBitSet any = new FixedBitSet(this.all.length());
			for (String value : filter.values(given)) {
				FixedBitSet set = sets.get(value);
				if (set != null) {
					any.or(set);
				}
			}
			if (given.match() != Filter.Match.ANY) {
				any.flip(0, this.exercises.size());
			}
			chosen.put(given, any);
		}
		return chosen;
	}

	private FixedBitSet intersect(Map<Filter, FixedBitSet> chosen, Filter except, FixedBitSet found) {
		FixedBitSet result = (found != null) ? found.clone() : this.all.clone();
		chosen.forEach((facet, set) -> {
			if (facet != except) {
				result.and(set);
			}
		});
		return result;
	}

	private List<ExerciseEntry> inOrder(ExerciseOrder order, FixedBitSet matching, long offset, int limit) {
		int[] ordinals = switch (order.by()) {
			case RELEVANCE, NAME -> this.byName;
			case DIFFICULTY -> order.ascending() ? this.byDifficulty : this.byDifficultyDescending;
			case DURATION -> order.ascending() ? this.byDuration : this.byDurationDescending;
		};
		boolean reversed = order.by() == ExerciseOrder.By.NAME && !order.ascending();
		List<ExerciseEntry> page = new ArrayList<>(Math.min(limit, 100));
		long skipped = 0;
		for (int i = 0; i < ordinals.length && page.size() < limit; i++) {
			int ordinal = ordinals[reversed ? ordinals.length - 1 - i : i];
			if (matching.get(ordinal)) {
				if (skipped < offset) {
					skipped++;
				}
				else {
					page.add(this.exercises.get(ordinal));
				}
			}
		}
		return page;
	}

	// Best score first, ties by name: score and name rank packed into one sortable long.
	private List<ExerciseEntry> byRelevance(SearchIndex.Hits hits, FixedBitSet matching, int total, long offset,
			int limit) {
		long[] keys = new long[total];
		int n = 0;
		BitSetIterator ordinals = new BitSetIterator(matching, 0L);
		for (int ordinal = ordinals.nextDoc(); ordinal != DocIdSetIterator.NO_MORE_DOCS; ordinal = ordinals.nextDoc()) {
			long score = Integer.MAX_VALUE - Float.floatToIntBits(Math.max(hits.score(ordinal), 0f));
			keys[n++] = (score << 32) | this.nameRank[ordinal];
		}
		Arrays.sort(keys, 0, n);
		List<ExerciseEntry> page = new ArrayList<>(Math.min(limit, 100));
		for (long i = offset; i < n && page.size() < limit; i++) {
			page.add(this.exercises.get(this.byName[(int) keys[(int) i]]));
		}
		return page;
	}

}
