package app.limber.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * An immutable, in-memory Lucene index of catalogue entries. Built once per catalogue and
 * safe to search from any number of threads.
 */
public final class SearchIndex {

	/** The fields of an entry, as {@link QueryBuilder} weighs them. */
	static final String NAME = "name";

	static final String ALIAS = "alias";

	static final String MUSCLE = "muscle";

	static final String SUMMARY = "summary";

	static final String WHY = "why";

	static final String STEPS = "steps";

	/** The causes an entry is tied to: their names and the words people use for them. */
	static final String CAUSE = "cause";

	/**
	 * Names and aliases as spelled, alone and joined: for prefixes and joins.
	 */
	static final String SPELLING = "spelling";

	/** Muscle and region names as spelled, alone and joined. */
	static final String MUSCLE_SPELLING = "muscleSpelling";

	/**
	 * The descriptive text and the causes' words as spelled, for prefixes of its words.
	 */
	static final String TEXT_SPELLING = "textSpelling";

	/**
	 * Every stem of every field: the vocabulary typos are corrected against. Not a field
	 * of the entries: the union of their stemmed fields' terms ({@link Vocabulary}).
	 */
	static final String STEMS = "stems";

	/**
	 * Every spelling of names, aliases and muscles, for typo corrections of them: the
	 * union of {@link #SPELLING} and {@link #MUSCLE_SPELLING}.
	 */
	static final String SPELLINGS = "spellings";

	/** A whole name or alias, lowercased, words joined by single spaces. */
	static final String EXACT = "exact";

	private static final String ORDINAL = "ordinal";

	// Without length norms: an entry tied to several causes is no worse an answer to one
	// of them than an entry tied to that one alone, and one that more articles tie to a
	// cause (its words once per article) a better one.
	private static final FieldType CAUSE_TYPE = causeType();

	/** The most prefix expansions whose matching entries the query cache keeps. */
	private static final int PREFIXES_KEPT = 2048;

	private static final long PREFIX_CACHE_BYTES = 4L * 1024 * 1024;

	/** Caches what the words a prefix starts match, and nothing else. */
	private static final QueryCachingPolicy PREFIXES = new QueryCachingPolicy() {

		@Override
		public void onUse(Query query) {
		}

		@Override
		public boolean shouldCache(Query query) {
			return query instanceof TermInSetQuery;
		}

	};

	/** The most typed words whose queries are kept. */
	private static final int WORDS_KEPT = 4096;

	/** About how much heap the plans kept for each of the two score modes may take. */
	private static final int PLAN_BYTES = 512 * 1024;

	private final PlannedSearcher searcher;

	private final Vocabulary vocabulary;

	// Search as you type sends the same words over and over: each word's query, typo
	// corrections included, is built once against this index's vocabulary.
	private final Cache<String, Query> words = Caffeine.newBuilder().maximumSize(WORDS_KEPT).build();

	private final QueryBuilder.WordQueries wordQueries = new QueryBuilder.WordQueries() {

		@Override
		public Query get(String word, boolean prefix) {
			return SearchIndex.this.words.get(prefix ? word + '*' : word,
					(key) -> QueryBuilder.word(word, prefix, SearchIndex.this.vocabulary));
		}

		@Override
		public Vocabulary vocabulary() {
			return SearchIndex.this.vocabulary;
		}

	};

	// Search as you type and filter panels send the same text again and again, with other
	// filters, pages and orders: what a text asks of this index (each word's query, the
	// words left out when nothing has them all, the whole query rewritten and weighed
	// against the index's terms) is worked out once per text and score mode. Working it
	// out was half of a search's cost, and a fallback's counting far more (site page
	// performance.md). Bounded by the heap they hold: a weighed query keeps statistics
	// for
	// every term it names, so a long text's plan is far bigger than a word's.
	private final Cache<String, Plan> scoredPlans = plans();

	private final Cache<String, Plan> unscoredPlans = plans();

	private final int size;

	private SearchIndex(PlannedSearcher searcher) {
		this.searcher = searcher;
		this.vocabulary = new Vocabulary(searcher.getIndexReader());
		this.size = searcher.getIndexReader().maxDoc();
	}

	/**
	 * Indexes entries.
	 * @param documents the entries; each one's position is its ordinal in results
	 * @return the index
	 */
	public static SearchIndex build(List<SearchDocument> documents) {
		Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchAnalysis.WORDS, Map.of(SPELLING, SearchAnalysis.SPELLINGS,
				MUSCLE_SPELLING, SearchAnalysis.SPELLINGS, TEXT_SPELLING, SearchAnalysis.TYPED));
		// Each file in one buffer: reading a term then costs a slice of one buffer, not
		// of a list of them.
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
				ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(new LogDocMergePolicy())
			.setRAMBufferSizeMB(64)
			.setUseCompoundFile(false)
			.setCommitOnClose(true);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (int ordinal = 0; ordinal < documents.size(); ordinal++) {
				writer.addDocument(document(ordinal, documents.get(ordinal)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot index the catalogue in memory", ex);
		}
		try {
			DirectoryReader reader = DirectoryReader.open(directory);
			checkNumbering(reader, documents.size());
			PlannedSearcher searcher = new PlannedSearcher(reader);
			// The entries each set of words a prefix starts matches, kept for every
			// segment, however small: see QueryBuilder.
			searcher.setQueryCache(
					new LRUQueryCache(PREFIXES_KEPT, PREFIX_CACHE_BYTES, (leaf) -> true, Float.POSITIVE_INFINITY));
			searcher.setQueryCachingPolicy(PREFIXES);
			return new SearchIndex(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the in-memory index", ex);
		}
	}

	private static FieldType causeType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	// Entries are added in order and merges keep that order, so an entry's document
	// number is its ordinal: hits are collected by document number alone.
	private static void checkNumbering(IndexReader reader, int entries) throws IOException {
		if (reader.maxDoc() != entries || reader.numDocs() != entries) {
			throw new IllegalStateException("The index holds " + reader.numDocs() + " of " + entries + " entries");
		}
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues ordinals = leaf.reader().getNumericDocValues(ORDINAL);
			for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
				if (ordinals.longValue() != leaf.docBase + doc) {
					throw new IllegalStateException("Entry " + ordinals.longValue() + " is document "
							+ (leaf.docBase + doc) + ": the index is out of order");
				}
			}
		}
	}

	private static Document document(int ordinal, SearchDocument entry) {
		Document document = new Document();
		document.add(new NumericDocValuesField(ORDINAL, ordinal));
		document.add(new TextField(NAME, entry.name(), Field.Store.NO));
		document.add(new TextField(SPELLING, entry.name(), Field.Store.NO));
		document.add(new StringField(EXACT, exact(entry.name()), Field.Store.NO));
		for (String alias : entry.aliases()) {
			document.add(new TextField(ALIAS, alias, Field.Store.NO));
			document.add(new TextField(SPELLING, alias, Field.Store.NO));
			document.add(new StringField(EXACT, exact(alias), Field.Store.NO));
		}
		for (String muscle : entry.muscles()) {
			document.add(new TextField(MUSCLE, muscle, Field.Store.NO));
			document.add(new TextField(MUSCLE_SPELLING, muscle, Field.Store.NO));
		}
		document.add(new TextField(SUMMARY, entry.summary(), Field.Store.NO));
		document.add(new TextField(WHY, entry.whyItHelps(), Field.Store.NO));
		document.add(new TextField(TEXT_SPELLING, entry.summary(), Field.Store.NO));
		document.add(new TextField(TEXT_SPELLING, entry.whyItHelps(), Field.Store.NO));
		for (String step : entry.steps()) {
			document.add(new TextField(STEPS, step, Field.Store.NO));
			document.add(new TextField(TEXT_SPELLING, step, Field.Store.NO));
		}
		for (String cause : entry.causes()) {
			document.add(new Field(CAUSE, cause, CAUSE_TYPE));
			document.add(new TextField(TEXT_SPELLING, cause, Field.Store.NO));
		}
		return document;
	}

	/**
	 * A name or alias in the form the {@code exact} field holds it.
	 * @param text a name, an alias or a whole query
	 * @return its typed words joined by single spaces
	 */
	static String exact(String text) {
		return String.join(" ", SearchAnalysis.typedWords(text));
	}

	/**
	 * Finds every entry that matches what a person typed.
	 * @param typed the search box's text
	 * @param scored whether the caller orders by relevance and needs each entry's score
	 * @return the matching entries, with their scores if asked; none for text without
	 * words
	 */
	public Hits search(String typed, boolean scored) {
		Cache<String, Plan> plans = scored ? this.scoredPlans : this.unscoredPlans;
		Weight weight = plans.get(typed, (text) -> plan(text, scored)).weight();
		HitsCollector hits = new HitsCollector(new FixedBitSet(this.size), scored ? new float[this.size] : null);
		try {
			this.searcher.search(weight, hits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Hits(hits.found, hits.scores);
	}

	private static Cache<String, Plan> plans() {
		return Caffeine.newBuilder()
			.maximumWeight(PLAN_BYTES)
			.weigher((String text, Plan plan) -> plan.bytes())
			.build();
	}

	private Plan plan(String text, boolean scored) {
		QueryBuilder.Typed typed = QueryBuilder.parse(text, this.wordQueries);
		Query query = typed.isEmpty() ? new MatchNoDocsQuery("no words") : bestQuery(typed);
		try {
			Query rewritten = this.searcher.rewrite(query);
			Weight weight = this.searcher.createWeight(rewritten,
					scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
			return new Plan(weight, Plan.bytes(rewritten, scored));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Every word required; when nothing has them all, leave words out one at a time until
	// something has the rest. First a word nothing has on its own ("tv" in "stretch
	// hamstrings watching tv"), then one that matches only as a typo of other words
	// ("watching"), then the word that says least, the one most entries have.
	private Query bestQuery(QueryBuilder.Typed typed) {
		Query query = typed.build(Set.of());
		if (typed.words() < 2) {
			return query;
		}
		int found = count(query);
		if (found > 0) {
			return query;
		}
		Map<Integer, Integer> counts = new LinkedHashMap<>();
		Set<Integer> corrected = new HashSet<>();
		for (int word : typed.requiredWords()) {
			counts.put(word, count(typed.word(word)));
			if (typed.corrected(word)) {
				corrected.add(word);
			}
		}
		Set<Integer> leftOut = new HashSet<>();
		while (found == 0 && counts.size() > 1) {
			int word = leastTelling(counts, corrected);
			counts.remove(word);
			leftOut.add(word);
			query = typed.build(leftOut);
			found = count(query);
		}
		return query;
	}

	// The word to leave out first: one that matches nothing alone, else the commonest of
	// those matched only as typos, else the commonest.
	private static int leastTelling(Map<Integer, Integer> counts, Set<Integer> corrected) {
		int least = -1;
		int most = -1;
		for (Map.Entry<Integer, Integer> word : counts.entrySet()) {
			if (word.getValue() == 0) {
				return word.getKey();
			}
			boolean weaker = corrected.contains(word.getKey()) && !corrected.contains(least);
			boolean asWeak = corrected.contains(word.getKey()) == corrected.contains(least);
			if (weaker || (asWeak && word.getValue() > most)) {
				most = word.getValue();
				least = word.getKey();
			}
		}
		return least;
	}

	private int count(Query query) {
		try {
			return this.searcher.count(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The terms the index holds, field by field, read once when the index is built: a
	 * query asks only for terms that are there, and a word the index holds needs no typo
	 * tolerance.
	 */
	static final class Vocabulary {

		/** The most corrections one typed word expands to. */
		private static final int CORRECTIONS = 24;

		private static final List<String> STEMMED = List.of(NAME, ALIAS, MUSCLE, SUMMARY, WHY, STEPS, CAUSE);

		private static final List<String> SPELLED = List.of(SPELLING, MUSCLE_SPELLING);

		private final Map<String, FieldTerms> fields = new HashMap<>();

		// The words typos are corrected against, as the terms of a one-entry index of
		// their own, so that Lucene's automata can run over them. Built from the terms
		// the entries' fields already hold: each text is analysed once.
		private final IndexReader words;

		Vocabulary(IndexReader reader) {
			for (List<String> fields : List.of(STEMMED, SPELLED, List.of(TEXT_SPELLING, EXACT))) {
				fields.forEach((field) -> this.fields.put(field, FieldTerms.read(reader, field)));
			}
			this.fields.put(STEMS, FieldTerms.union(STEMMED.stream().map(this.fields::get).toList()));
			this.fields.put(SPELLINGS, FieldTerms.union(SPELLED.stream().map(this.fields::get).toList()));
			this.words = index(this.fields.get(STEMS), this.fields.get(SPELLINGS));
		}

		private static IndexReader index(FieldTerms stems, FieldTerms spellings) {
			Document words = new Document();
			stems.forEach((stem) -> words.add(new StringField(STEMS, stem, Field.Store.NO)));
			spellings.forEach((spelling) -> words.add(new StringField(SPELLINGS, spelling, Field.Store.NO)));
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalysis.TYPED))) {
				writer.addDocument(words);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot index the catalogue's words in memory", ex);
			}
			try {
				return DirectoryReader.open(directory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot open the index of the catalogue's words", ex);
			}
		}

		/**
		 * Whether any entry has this term in a field.
		 * @param field the field
		 * @param term the term, analysed as the field is
		 * @return {@code true} if a query for it can match
		 */
		boolean has(String field, String term) {
			return this.fields.get(field).has(term);
		}

		/**
		 * The terms of a field that start with some letters.
		 * @param field the field
		 * @param prefix the letters typed so far
		 * @return the terms, in order; empty when none does
		 */
		List<String> startingWith(String field, String prefix) {
			return this.fields.get(field).startingWith(prefix);
		}

		/**
		 * Whether any entry has a stemmed word, or a spelling of a name or muscle.
		 * @param stem the stem, or {@code null}
		 * @param spelling the word as typed
		 * @return {@code true} if the index holds it
		 */
		boolean knows(String stem, String spelling) {
			return (stem != null && has(STEMS, stem)) || has(SPELLINGS, spelling);
		}

		/**
		 * Whether any word in the index starts with these letters.
		 * @param prefix the letters typed so far
		 * @return {@code true} if some word does
		 */
		boolean knowsPrefix(String prefix) {
			return !startingWith(SPELLINGS, prefix).isEmpty() || !startingWith(TEXT_SPELLING, prefix).isEmpty();
		}

		/**
		 * The words of a field within some typos of a word: what it may have been meant
		 * as.
		 * @param field {@link #STEMS} or {@link #SPELLINGS}
		 * @param word the word, stemmed for {@link #STEMS}
		 * @param typos the edit distance allowed
		 * @return the words the index holds, at most {@value #CORRECTIONS}
		 */
		List<String> near(String field, String word, int typos) {
			return terms(field, FuzzyQuery.getFuzzyAutomaton(word, typos, 0, true));
		}

		/**
		 * The spellings that start with the typed letters give or take one typo.
		 * @param prefix the letters typed so far
		 * @return the spellings the index holds, at most {@value #CORRECTIONS}
		 */
		List<String> startingNear(String prefix) {
			Automaton start = new LevenshteinAutomata(prefix, true).toAutomaton(1);
			Automaton automaton = Operations.determinize(Operations.concatenate(start, Automata.makeAnyString()),
					Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
			return terms(SPELLINGS, new CompiledAutomaton(automaton));
		}

		// The same word may stand in several segments: each once.
		private List<String> terms(String field, CompiledAutomaton automaton) {
			Set<String> found = new LinkedHashSet<>();
			try {
				for (LeafReaderContext leaf : this.words.leaves()) {
					Terms terms = leaf.reader().terms(field);
					if (terms == null) {
						continue;
					}
					TermsEnum matching = automaton.getTermsEnum(terms);
					for (BytesRef term = matching.next(); term != null
							&& found.size() < CORRECTIONS; term = matching.next()) {
						found.add(term.utf8ToString());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return List.copyOf(found);
		}

	}

	/**
	 * The distinct terms of one field, in order, over every segment.
	 */
	private static final class FieldTerms {

		private final String[] sorted;

		private final Set<String> all;

		private FieldTerms(String[] sorted) {
			this.sorted = sorted;
			this.all = Set.of(sorted);
		}

		static FieldTerms read(IndexReader reader, String field) {
			Set<String> terms = new HashSet<>();
			try {
				for (LeafReaderContext leaf : reader.leaves()) {
					Terms fieldTerms = leaf.reader().terms(field);
					if (fieldTerms == null) {
						continue;
					}
					TermsEnum iterator = fieldTerms.iterator();
					for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
						terms.add(term.utf8ToString());
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return of(terms);
		}

		static FieldTerms union(List<FieldTerms> fields) {
			Set<String> terms = new HashSet<>();
			fields.forEach((field) -> terms.addAll(field.all));
			return of(terms);
		}

		private static FieldTerms of(Set<String> terms) {
			String[] sorted = terms.toArray(String[]::new);
			Arrays.sort(sorted);
			return new FieldTerms(sorted);
		}

		void forEach(Consumer<String> action) {
			Arrays.asList(this.sorted).forEach(action);
		}

		boolean has(String term) {
			return this.all.contains(term);
		}

		List<String> startingWith(String prefix) {
			// Words that start alike sort together, from where the prefix itself would
			// go.
			int from = Arrays.binarySearch(this.sorted, prefix);
			if (from < 0) {
				from = -from - 1;
			}
			int to = from;
			while (to < this.sorted.length && this.sorted[to].startsWith(prefix)) {
				to++;
			}
			return Arrays.asList(this.sorted).subList(from, to);
		}

	}

	/**
	 * The entries a search found, by ordinal, with their relevance when asked for.
	 *
	 * @param found the ordinals of the entries found
	 * @param scores each entry's relevance by ordinal (higher is better), or {@code null}
	 * when not asked for
	 */
	public record Hits(FixedBitSet found, float[] scores) {

		/**
		 * How relevant an entry found is.
		 * @param ordinal the entry's ordinal, one of {@link #found()}
		 * @return its score: higher is better
		 */
		public float score(int ordinal) {
			return this.scores[ordinal];
		}

	}

	/**
	 * What a text asks of the index, weighed against it.
	 *
	 * @param weight the query, ready to search with
	 * @param bytes about how much heap it holds
	 */
	private record Plan(Weight weight, int bytes) {

		// Each term a weighed query names holds its statistics and, when scored, a
		// table of BM25's 256 length norms (1 KiB); the rest is the query's tree. Twice
		// the heap measured for two- and three-word texts.
		static int bytes(Query query, boolean scored) {
			int[] terms = new int[1];
			query.visit(new QueryVisitor() {

				@Override
				public void consumeTerms(Query leaf, Term... named) {
					terms[0] += named.length;
				}

				@Override
				public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
					terms[0]++;
				}

			});
			return 1024 + terms[0] * (scored ? 1536 : 384);
		}

	}

	// Searches with a weight worked out before, by IndexSearcher's own loop over the
	// index's segments, which it offers only to subclasses.
	private static final class PlannedSearcher extends IndexSearcher {

		PlannedSearcher(IndexReader reader) {
			super(reader);
		}

		void search(Weight weight, Collector collector) throws IOException {
			search(this.leafContexts, weight, collector);
		}

	}

	// Collects every hit into a bit set by ordinal, with its score when asked: the caller
	// filters, orders and pages them. An entry's document number is its ordinal (see
	// build).
	private static final class HitsCollector implements Collector {

		private final FixedBitSet found;

		private final float[] scores;

		HitsCollector(FixedBitSet found, float[] scores) {
			this.found = found;
			this.scores = scores;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) {
			int base = context.docBase;
			return new LeafCollector() {

				private Scorable scorer;

				@Override
				public void setScorer(Scorable scorer) {
					this.scorer = scorer;
				}

				@Override
				public void collect(int doc) throws IOException {
					HitsCollector.this.found.set(base + doc);
					if (HitsCollector.this.scores != null) {
						HitsCollector.this.scores[base + doc] = this.scorer.score();
					}
				}

			};
		}

		@Override
		public ScoreMode scoreMode() {
			return (this.scores != null) ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
