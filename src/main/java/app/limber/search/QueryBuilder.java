package app.limber.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns what a person typed into a Lucene query. Every word must match (a stop word only
 * as the start of a longer word), each in any field: a name or alias counts most, then a
 * muscle, the summary, why it helps and the steps. A word matches its stem, its other
 * forms (digits or words, the articles' word for an everyday one), and the same letters
 * as a joined spelling ("catcow"). A word the catalogue does not hold also matches words
 * within as many typos as its length allows; a word it holds was meant as typed ("band"
 * never finds "bend"). The last word, still being typed, also matches as the start of a
 * word, and when no word starts with it, as the start of a word with one typo, from four
 * letters. An exact name or alias, and two words typed for one joined word, rank first.
 */
final class QueryBuilder {

	private static final float NAME = 6;

	private static final float ALIAS = 5;

	private static final float MUSCLE = 3;

	private static final float SUMMARY = 1.5f;

	private static final float WHY = 1;

	private static final float STEPS = 0.5f;

	private static final float SPELLING = 5;

	private static final float EXACT = 20;

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
	static Typed parse(String typed, SearchIndex.Vocabulary vocabulary) {
		List<String> words = SearchAnalysis.typedWords(typed);
		boolean typing = !typed.isEmpty() && !Character.isWhitespace(typed.charAt(typed.length() - 1));
		// Each word's query once: the fallback searches reuse them.
		List<Query> queries = new ArrayList<>(words.size());
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			boolean prefix = typing && i == words.size() - 1;
			queries.add((SearchAnalysis.isStopWord(word) && !prefix) ? null : word(word, prefix, vocabulary));
		}
		return new Typed(words, queries);
	}

	/**
	 * A query as typed.
	 *
	 * @param typedWords its words, lowercased
	 * @param wordQueries what matches each word, or {@code null} for a finished stop word
	 */
	record Typed(List<String> typedWords, List<Query> wordQueries) {

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

		private boolean required(int i) {
			return !SearchAnalysis.isStopWord(this.typedWords.get(i));
		}

		/**
		 * Builds the query.
		 * @param leftOut the position of a word that may be missing, or -1 for none
		 * @return the query
		 */
		Query build(int leftOut) {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (int i = 0; i < this.typedWords.size(); i++) {
				if (word(i) == null) {
					continue;
				}
				query.add(word(i),
						(required(i) && i != leftOut) ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
			}
			// Ranking only: the whole text as a name, and two words typed for a joined
			// one.
			BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(query.build(), BooleanClause.Occur.MUST);
			ranked.add(new BoostQuery(new TermQuery(new Term(SearchIndex.EXACT, String.join(" ", this.typedWords))),
					EXACT), BooleanClause.Occur.SHOULD);
			for (int i = 0; i + 1 < this.typedWords.size(); i++) {
				ranked.add(new BoostQuery(
						new TermQuery(
								new Term(SearchIndex.SPELLING, this.typedWords.get(i) + this.typedWords.get(i + 1))),
						SPELLING), BooleanClause.Occur.SHOULD);
			}
			return ranked.build();
		}

	}

	private static Query word(String word, boolean prefix, SearchIndex.Vocabulary vocabulary) {
		List<Query> ways = new ArrayList<>();
		String stem = SearchAnalysis.stem(word);
		if (stem != null) {
			fields(ways, stem, 1);
		}
		for (String form : SearchAnalysis.otherForms(word)) {
			String formStem = SearchAnalysis.stem(form);
			if (formStem != null) {
				fields(ways, formStem, 1);
			}
		}
		spellings(ways, word, 1);
		boolean startsAWord = prefix && vocabulary.knowsPrefix(word);
		if (prefix) {
			ways.add(new BoostQuery(new PrefixQuery(new Term(SearchIndex.SPELLING, word)), SPELLING * PREFIX));
			ways.add(new BoostQuery(new PrefixQuery(new Term(SearchIndex.MUSCLE_SPELLING, word)), MUSCLE * PREFIX));
			ways.add(new BoostQuery(new PrefixQuery(new Term(SearchIndex.TEXT_SPELLING, word)), WHY * PREFIX));
		}
		// A word the catalogue holds was meant as typed, and so were the first
		// letters
		// of one: typos only for the rest, corrected against the catalogue's words.
		int typos = SearchAnalysis.typosAllowed(word);
		if (typos > 0 && !startsAWord && !vocabulary.knows(stem, word)) {
			if (stem != null) {
				for (String corrected : vocabulary.near(SearchIndex.STEMS, stem, typos)) {
					fields(ways, corrected, TYPO);
				}
			}
			for (String corrected : vocabulary.near(SearchIndex.SPELLINGS, word, typos)) {
				spellings(ways, corrected, TYPO);
			}
			if (prefix && word.length() >= TYPO_PREFIX) {
				List<BytesRef> starts = vocabulary.startingNear(word).stream().map(BytesRef::new).toList();
				if (!starts.isEmpty()) {
					ways.add(
							new BoostQuery(new TermInSetQuery(SearchIndex.SPELLING, starts), SPELLING * PREFIX * TYPO));
					ways.add(new BoostQuery(new TermInSetQuery(SearchIndex.MUSCLE_SPELLING, starts),
							MUSCLE * PREFIX * TYPO));
				}
			}
		}
		return new DisjunctionMaxQuery(ways, TIE_BREAKER_PERCENT / 100f);
	}

	private static void spellings(List<Query> ways, String word, float weight) {
		ways.add(new BoostQuery(new TermQuery(new Term(SearchIndex.SPELLING, word)), SPELLING * weight));
		ways.add(new BoostQuery(new TermQuery(new Term(SearchIndex.MUSCLE_SPELLING, word)), MUSCLE * weight));
	}

	private static void fields(List<Query> ways, String stem, float weight) {
		field(ways, SearchIndex.NAME, stem, NAME * weight);
		field(ways, SearchIndex.ALIAS, stem, ALIAS * weight);
		field(ways, SearchIndex.MUSCLE, stem, MUSCLE * weight);
		field(ways, SearchIndex.SUMMARY, stem, SUMMARY * weight);
		field(ways, SearchIndex.WHY, stem, WHY * weight);
		field(ways, SearchIndex.STEPS, stem, STEPS * weight);
	}

	private static void field(List<Query> ways, String field, String stem, float weight) {
		ways.add(new BoostQuery(new TermQuery(new Term(field, stem)), weight));
	}

}
