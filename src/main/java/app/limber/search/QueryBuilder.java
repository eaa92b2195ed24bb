package app.limber.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a person typed into a Lucene query. Every word must match (a stop word only
 * as the start of a longer word; a word that says what every entry is, such as
 * "exercises", only helps rank), each in any field: a name or alias counts most, then a
 * muscle, the summary and the causes it is tied to, why it helps and the steps. A word
 * matches its stem, its other forms (digits or words, the articles' word for an everyday
 * one), the same letters as a joined spelling ("catcow"), and the one word it makes with
 * the word before or after it ("dead lift"). A word the catalogue does not hold also
 * matches words within as many typos as its length allows; a word it holds was meant as
 * typed ("band" never finds "bend"). The last word, still being typed, also matches as
 * the start of a word, and when no word starts with it, as the start of a word with one
 * typo, from four letters. An exact name or alias, and two words typed for one joined
 * word, rank first; an entry whose text has what was typed, word for word, ranks higher
 * ("all fours").
 */
final class QueryBuilder {

	private static final float NAME = 6;

	private static final float ALIAS = 5;

	private static final float MUSCLE = 3;

	private static final float SUMMARY = 1.5f;

	private static final float WHY = 1;

	private static final float STEPS = 0.5f;

	private static final float CAUSE = 1.5f;

	private static final float SPELLING = 5;

	private static final float EXACT = 20;

	/** What was typed, word for word, in an entry's text. */
	private static final float PHRASE = 3;

	/** A typo costs half the word's weight. */
	private static final float TYPO = 0.5f;

	/** A prefix of a word scores a little under the word itself. */
	private static final float PREFIX = 0.7f;

	private static final int TIE_BREAKER_PERCENT = 10;

	/** A word being typed may hold a typo from this many letters. */
	private static final int TYPO_PREFIX = 4;

	private QueryBuilder() {
	}

	/**
	 * Reads typed text.
	 * @param typed the search box's text
	 * @return its words, ready to build a query from
	 */
	static Typed parse(String typed, WordQueries wordQueries) {
		List<String> words = SearchAnalysis.typedWords(typed);
		boolean typing = !typed.isEmpty() && !Character.isWhitespace(typed.charAt(typed.length() - 1));
		// Each word's query once: the fallback searches reuse them.
		List<Query> queries = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean prefix = typing && i == words.size() - 1;
			queries.add((SearchAnalysis.isStopWord(word) && !prefix) ? null : wordQueries.get(word, prefix));
		}
		return new Typed(words, typing, queries, wordQueries.vocabulary());
	}

	/**
	 * What matches one typed word, against one index's vocabulary.
	 */
	interface WordQueries {

		/**
		 * The query for a word.
		 * @param word the word as typed, lowercased
		 * @param prefix whether it is still being typed
		 * @return what matches it
		 */
		Query get(String word, boolean prefix);

		/**
		 * The terms the queries are built against.
		 * @return the index's vocabulary
		 */
		SearchIndex.Vocabulary vocabulary();

	}

	/**
	 * A query as typed.
	 *
	 * @param typedWords its words, lowercased
	 * @param typing whether the last word is still being typed
	 * @param wordQueries what matches each word, or {@code null} for a finished stop word
	 * @param vocabulary the terms of the index searched
	 */
	record Typed(List<String> typedWords, boolean typing, List<Query> wordQueries, SearchIndex.Vocabulary vocabulary) {

		boolean isEmpty() {
			return this.typedWords.isEmpty();
		}

		/**
		 * How many words must match.
		 * @return the words that are not stop words, and the last one in any case
		 */
		int words() {
			return requiredWords().size();
		}

		/**
		 * The positions of the words that must match.
		 * @return the positions of the words that are not stop words
		 */
		List<Integer> requiredWords() {
			List<Integer> required = new ArrayList<>();
			for (int i = 0; i < this.typedWords.size(); i++) {
				if (required(i)) {
					required.add(i);
				}
			}
			return required;
		}

		/**
		 * The query for one word alone.
		 * @param i the word's position
		 * @return what matches it
		 */
		Query word(int i) {
			return this.wordQueries.get(i);
		}

		/**
		 * Whether a word matches only as a typo of words the catalogue holds: it is
		 * neither a word the catalogue holds, nor another form of one, nor, while it is
		 * typed, the start of one.
		 * @param i the word's position
		 * @return {@code true} for a word such as "watching", which the articles never
		 * use
		 */
		boolean corrected(int i) {
			String word = this.typedWords.get(i);
			boolean prefix = this.typing && i == this.typedWords.size() - 1;
			return !meantAsTyped(word, SearchAnalysis.stem(word), prefix, this.vocabulary)
					&& SearchAnalysis.otherForms(word)
						.stream()
						.noneMatch((form) -> this.vocabulary.knows(SearchAnalysis.stem(form), form));
		}

		// A word matches as typed, or as half of the one word it makes with the word
		// before or after it: "dead lift" finds "deadlift", "ham string" "hamstring".
		private Query asTypedOrJoined(int i) {
			if (this.typedWords.size() == 1) {
				return word(i);
			}
			List<Query> ways = new ArrayList<>(List.of(word(i)));
			if (i > 0) {
				spelled(ways, this.typedWords.get(i - 1) + this.typedWords.get(i), this.vocabulary);
			}
			if (i + 1 < this.typedWords.size()) {
				spelled(ways, this.typedWords.get(i) + this.typedWords.get(i + 1), this.vocabulary);
			}
			return (ways.size() == 1) ? word(i) : new DisjunctionMaxQuery(ways, TIE_BREAKER_PERCENT / 100f);
		}

		private boolean required(int i) {
			String word = this.typedWords.get(i);
			return !SearchAnalysis.isStopWord(word) && !SearchAnalysis.isGeneric(word);
		}

		/**
		 * Builds the query.
		 * @param leftOut the positions of the words that may be missing
		 * @return the query
		 */
		Query build(Set<Integer> leftOut) {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (int i = 0; i < this.typedWords.size(); i++) {
				if (word(i) == null) {
					continue;
				}
				query.add(asTypedOrJoined(i),
						(required(i) && !leftOut.contains(i)) ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
			}
			// Ranking only: the whole text as a name, the whole text as words of an
			// entry's text ("all fours"), and two words typed for a joined one.
			BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(query.build(), BooleanClause.Occur.MUST);
			List<Query> ranking = new ArrayList<>();
			field(ranking, SearchIndex.EXACT, String.join(" ", this.typedWords), EXACT, this.vocabulary);
			if (this.typedWords.size() > 1 && this.typedWords.stream()
				.allMatch((word) -> this.vocabulary.has(SearchIndex.TEXT_SPELLING, word))) {
				ranking.add(new BoostQuery(
						new PhraseQuery(SearchIndex.TEXT_SPELLING, this.typedWords.toArray(String[]::new)), PHRASE));
			}
			for (int i = 0; i + 1 < this.typedWords.size(); i++) {
				field(ranking, SearchIndex.SPELLING, this.typedWords.get(i) + this.typedWords.get(i + 1), SPELLING,
						this.vocabulary);
			}
			ranking.forEach((clause) -> ranked.add(clause, BooleanClause.Occur.SHOULD));
			return ranked.build();
		}

	}

	/**
	 * What matches one word: its stem and other forms in every field that holds them,
	 * and, as described above, its spellings, the words it starts and its corrections.
	 * @param word the word as typed, lowercased
	 * @param prefix whether it is still being typed
	 * @param vocabulary the terms of the index searched
	 * @return the query, which asks only for terms the index holds
	 */
	static Query word(String word, boolean prefix, SearchIndex.Vocabulary vocabulary) {
		List<Query> ways = new ArrayList<>();
		String stem = SearchAnalysis.stem(word);
		if (stem != null) {
			fields(ways, stem, 1, vocabulary);
		}
		for (String form : SearchAnalysis.otherForms(word)) {
			String formStem = SearchAnalysis.stem(form);
			if (formStem != null) {
				fields(ways, formStem, 1, vocabulary);
			}
		}
		spellings(ways, word, 1, vocabulary);
		if (prefix) {
			starting(ways, SearchIndex.SPELLING, vocabulary.startingWith(SearchIndex.SPELLING, word),
					SPELLING * PREFIX);
			starting(ways, SearchIndex.MUSCLE_SPELLING, vocabulary.startingWith(SearchIndex.MUSCLE_SPELLING, word),
					MUSCLE * PREFIX);
			starting(ways, SearchIndex.TEXT_SPELLING, vocabulary.startingWith(SearchIndex.TEXT_SPELLING, word),
					WHY * PREFIX);
		}
		// Typos only for a word not meant as typed, corrected against the catalogue's
		// words.
		int typos = SearchAnalysis.typosAllowed(word);
		if (typos > 0 && !meantAsTyped(word, stem, prefix, vocabulary)) {
			if (stem != null) {
				for (String corrected : vocabulary.near(SearchIndex.STEMS, stem, typos)) {
					fields(ways, corrected, TYPO, vocabulary);
				}
			}
			for (String corrected : vocabulary.near(SearchIndex.SPELLINGS, word, typos)) {
				spellings(ways, corrected, TYPO, vocabulary);
			}
			if (prefix && word.length() >= TYPO_PREFIX) {
				List<String> starts = vocabulary.startingNear(word);
				starting(ways, SearchIndex.SPELLING, starts, SPELLING * PREFIX * TYPO);
				starting(ways, SearchIndex.MUSCLE_SPELLING, starts, MUSCLE * PREFIX * TYPO);
			}
		}
		return new DisjunctionMaxQuery(ways, TIE_BREAKER_PERCENT / 100f);
	}

	// A word the catalogue holds was meant as typed, and so were the first letters of one
	// while it is typed.
	private static boolean meantAsTyped(String word, @Nullable String stem, boolean prefix,
			SearchIndex.Vocabulary vocabulary) {
		return vocabulary.knows(stem, word) || (prefix && vocabulary.knowsPrefix(word));
	}

	// The words a prefix starts, as one clause that scores its weight: the index's query
	// cache keeps the entries each one matches, since a word's query is built once and
	// then asked again and again.
	private static void starting(List<Query> ways, String field, List<String> words, float weight) {
		if (!words.isEmpty()) {
			ways.add(new BoostQuery(
					new ConstantScoreQuery(new TermInSetQuery(field, words.stream().map(BytesRef::new).toList())),
					weight));
		}
	}

	// A word as spelled anywhere: in a name or alias, a muscle, or the descriptive text.
	private static void spelled(List<Query> ways, String word, SearchIndex.Vocabulary vocabulary) {
		spellings(ways, word, 1, vocabulary);
		field(ways, SearchIndex.TEXT_SPELLING, word, WHY, vocabulary);
	}

	private static void spellings(List<Query> ways, String word, float weight, SearchIndex.Vocabulary vocabulary) {
		field(ways, SearchIndex.SPELLING, word, SPELLING * weight, vocabulary);
		field(ways, SearchIndex.MUSCLE_SPELLING, word, MUSCLE * weight, vocabulary);
	}

	private static void fields(List<Query> ways, String stem, float weight, SearchIndex.Vocabulary vocabulary) {
		field(ways, SearchIndex.NAME, stem, NAME * weight, vocabulary);
		field(ways, SearchIndex.ALIAS, stem, ALIAS * weight, vocabulary);
		field(ways, SearchIndex.MUSCLE, stem, MUSCLE * weight, vocabulary);
		field(ways, SearchIndex.SUMMARY, stem, SUMMARY * weight, vocabulary);
		field(ways, SearchIndex.WHY, stem, WHY * weight, vocabulary);
		field(ways, SearchIndex.STEPS, stem, STEPS * weight, vocabulary);
		field(ways, SearchIndex.CAUSE, stem, CAUSE * weight, vocabulary);
	}

	// A term no entry has in the field can match nothing: it is left out.
	private static void field(List<Query> ways, String field, String term, float weight,
			SearchIndex.Vocabulary vocabulary) {
		if (vocabulary.has(field, term)) {
			ways.add(new BoostQuery(new TermQuery(new Term(field, term)), weight));
		}
	}

}
