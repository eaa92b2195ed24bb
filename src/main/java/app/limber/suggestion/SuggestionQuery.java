package app.limber.suggestion;

/**
 * The query parameters of {@code GET /api/v1/suggestions}.
 *
 * @param q what has been typed so far
 * @param size the most suggestions wanted
 */
record SuggestionQuery(String q, Integer size) {

	/** The most suggestions one request gets. */
	static final int MAX_SIZE = 20;

	/** Suggestions when {@code size} is not given. */
	static final int DEFAULT_SIZE = 8;

	SuggestionQuery {
		q = (q != null) ? q : "";
		size = (size != null) ? size : DEFAULT_SIZE;
	}

}
