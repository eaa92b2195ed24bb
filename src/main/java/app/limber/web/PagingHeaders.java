package app.limber.web;

import java.util.function.BiConsumer;

import org.springframework.http.HttpHeaders;

/**
 * The paging headers of a page of a list: {@code X-Total-Count}, and a {@code Link}
 * header (first, prev, next, last) with the same links as the page's body. They are built
 * from the parameters Limber understood, never copied from the request, so their length
 * is bounded whatever the request (see
 * {@code server.tomcat.max-http-response-header-size}). Both ways a page is sent set
 * them: {@link PagingHeadersAdvice} for Spring MVC, and {@link DirectAnswerFilter}.
 */
final class PagingHeaders {

	private PagingHeaders() {
	}

	/**
	 * Sets the paging headers of a page.
	 * @param paged the page about to be sent
	 * @param header sets a response header, by name and value
	 */
	static void set(Paged paged, BiConsumer<String, String> header) {
		Paged.PageMetadata page = paged.page();
		header.accept(HttpHeadersNames.TOTAL_COUNT, String.valueOf(page.totalItems()));
		StringBuilder links = new StringBuilder(4 * page.first().length() + 64);
		link(links, page.first(), "first");
		if (page.prev() != null) {
			link(links, page.prev(), "prev");
		}
		if (page.next() != null) {
			link(links, page.next(), "next");
		}
		link(links, page.last(), "last");
		header.accept(HttpHeaders.LINK, links.toString());
	}

	// Relative links keep whatever host and scheme the client used.
	private static void link(StringBuilder links, String target, String relation) {
		if (!links.isEmpty()) {
			links.append(", ");
		}
		links.append('<').append(target).append(">; rel=\"").append(relation).append('"');
	}

}
