package app.limber.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * How Limber reads text, in one place: the analyzers the index and queries share, and the
 * small vocabularies that let people find things in their own words.
 * <ul>
 * <li><b>Words</b> ({@link #WORDS}): split on anything but letters and digits (so
 * "cat-cow" is "cat" and "cow"), lowercased, accents folded, English possessives and stop
 * words dropped, then Porter-stemmed: "hamstrings" and "hamstring" are one word.</li>
 * <li><b>Spellings</b> ({@link #SPELLINGS}): the same words unstemmed, each alone and
 * joined with the next one or two ("catcow", "kneetochest"), for names typed together,
 * prefixes while typing and exact names.</li>
 * <li><b>Numbers</b> are the same written as digits or words ("figure 4" is "figure
 * four").</li>
 * <li><b>Everyday words</b> for what the articles describe in their own terms: a query
 * for "butt" also looks for "glute" and "buttock", the articles' words. Each entry names
 * the article wording it leads to; none adds anything to the catalogue. The words people
 * use for a condition are the catalogue's own: the terms of its causes.</li>
 * </ul>
 */
public final class SearchAnalysis {

	/** Analyzer for stemmed words: names, aliases, muscles and the descriptive text. */
	public static final Analyzer WORDS = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new ASCIIFoldingFilter(stream);
			stream = new EnglishPossessiveFilter(stream);
			stream = new StopFilter(stream, STOP_WORDS);
			return new TokenStreamComponents(source, new PorterStemFilter(stream));
		}

	};

	/**
	 * Analyzer for spellings: unstemmed lowercase words, and each word joined with the
	 * next one and two.
	 */
	public static final Analyzer SPELLINGS = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
			ShingleFilter shingles = new ShingleFilter(stream, 2, 3);
			shingles.setTokenSeparator("");
			shingles.setOutputUnigrams(true);
			return new TokenStreamComponents(source, shingles);
		}

	};

	/** Analyzer that only splits and lowercases: the words as typed. */
	static final Analyzer TYPED = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
		}

	};

	// Words that name what every entry of the catalogue is.
	private static final Set<String> GENERIC_WORDS = Set.of("exercise", "exercises", "workout", "workouts");

	/**
	 * English stop words, never searched for on their own: Lucene's short list and the
	 * Snowball project's longer one, which also holds the pronouns, prepositions and
	 * words such as "all" of a question typed as a sentence ("what to do after sitting
	 * all day").
	 */
	static final CharArraySet STOP_WORDS = stopWords();

	private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty");

	// What people type, and the words the articles use for it. Only words: the catalogue
	// text decides what matches. The conditions people type ("sciatica", "desk",
	// "sedentary") are not here: they are the terms of the catalogue's causes, indexed
	// with the exercises an article ties to each.
	private static final Map<String, List<String>> EVERYDAY_WORDS = Map.ofEntries(
			// The articles' words for the buttocks and their muscles.
			Map.entry("butt", List.of("glute", "buttock")), Map.entry("bum", List.of("glute", "buttock")),
			Map.entry("buttocks", List.of("glute", "buttock")), Map.entry("gluteal", List.of("glute")),
			Map.entry("glute", List.of("gluteus")), Map.entry("glutes", List.of("gluteus")),
			// "Abdominals" and "Core muscles" in the muscle list.
			Map.entry("abs", List.of("abdominal", "core")), Map.entry("tummy", List.of("abdominal")),
			Map.entry("stomach", List.of("abdominal")),
			// 003 and 004 call the lower back the "lumbar" region.
			Map.entry("lumbar", List.of("lower", "back")));

	private SearchAnalysis() {
	}

	private static CharArraySet stopWords() {
		try (Reader snowball = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
				StandardCharsets.UTF_8)) {
			return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(snowball,
					new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read Lucene's English stop words", ex);
		}
	}

	/**
	 * Splits text into the words as typed, lowercased.
	 * @param text any text
	 * @return its words, in order
	 */
	public static List<String> typedWords(String text) {
		return tokens(TYPED, text);
	}

	/**
	 * Stems one typed word as the index does.
	 * @param word a word as typed
	 * @return its stem, or {@code null} for a stop word
	 */
	static String stem(String word) {
		List<String> stems = tokens(WORDS, word);
		return stems.isEmpty() ? null : stems.get(0);
	}

	/**
	 * The other ways of writing a typed word that mean the same: a number as digits or as
	 * a word, and the articles' words for an everyday one.
	 * @param word a word as typed, lowercase
	 * @return the other forms, possibly none
	 */
	static Set<String> otherForms(String word) {
		Set<String> forms = new LinkedHashSet<>();
		int number = NUMBERS.indexOf(word);
		if (number >= 0) {
			forms.add(Integer.toString(number));
		}
		if (word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
			int value = Integer.parseInt(word);
			if (value < NUMBERS.size()) {
				forms.add(NUMBERS.get(value));
			}
		}
		forms.addAll(EVERYDAY_WORDS.getOrDefault(word, List.of()));
		return forms;
	}

	/**
	 * Whether a typed word is a stop word, searched for only as the start of a longer
	 * one.
	 * @param word a word as typed, lowercase
	 * @return {@code true} for words such as "to" or "the"
	 */
	static boolean isStopWord(String word) {
		return STOP_WORDS.contains(word);
	}

	/**
	 * Whether a word only says what every entry is ("exercises for glute pain"): it helps
	 * rank an entry that has it, but need not match.
	 * @param word a word as typed, lowercase
	 * @return {@code true} for "exercise", "workout" and their plurals
	 */
	static boolean isGeneric(String word) {
		return GENERIC_WORDS.contains(word);
	}

	/**
	 * How many typing mistakes a word may hold and still match: none up to three letters,
	 * one up to six, two from seven.
	 * @param word the word
	 * @return the edit distance allowed
	 */
	static int typosAllowed(String word) {
		int length = word.codePointCount(0, word.length());
		return (length <= 3) ? 0 : (length <= 6) ? 1 : 2;
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
