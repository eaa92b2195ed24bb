package app.limber.web;

import java.util.List;

import org.springframework.http.HttpHeaders;

/**
 * The response headers Limber adds of its own, and those scripts on other origins may
 * read.
 */
public final class HttpHeadersNames {

	/** The version (content hash) of the catalogue that answered. */
	public static final String CATALOGUE_VERSION = "Limber-Catalogue-Version";

	/** How many items a paged list has over all pages. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	/**
	 * What CORS lets scripts read besides the headers every browser shows them: a header
	 * added here is exposed, and one left out stays hidden from scripts.
	 */
	public static final List<String> READABLE_BY_SCRIPTS = List.of(HttpHeaders.ETAG, HttpHeaders.LINK, TOTAL_COUNT,
			CATALOGUE_VERSION);

	private HttpHeadersNames() {
	}

}
