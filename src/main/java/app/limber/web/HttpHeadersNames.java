package app.limber.web;

/**
 * The response headers Limber adds of its own.
 */
public final class HttpHeadersNames {

	/** The version (content hash) of the catalogue that answered. */
	public static final String CATALOGUE_VERSION = "Limber-Catalogue-Version";

	/** How many items a paged list has over all pages. */
	public static final String TOTAL_COUNT = "X-Total-Count";

	private HttpHeadersNames() {
	}

}
