package app.limber.suggestion;

/**
 * The query parameters of {@code GET /api/v1/suggestions}, read by
 * {@link SuggestionQueryBinder}.
 *
 * @param q what has been typed so far, empty when nothing was
 * @param size the most suggestions wanted
 */
record SuggestionQuery(String q, int size) {

	/** The most suggestions one request gets. */
	static final int MAX_SIZE = 20;

	/** Suggestions when {@code size} is not given. */
	static final int DEFAULT_SIZE = 8;

}
