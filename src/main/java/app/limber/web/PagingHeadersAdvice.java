package app.limber.web;

import java.util.function.BiConsumer;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds the paging headers to every page of a list: {@code X-Total-Count}, and a
 * {@code Link} header (first, prev, next, last) with the same links as the page's body.
 * They are built from the parameters Limber understood, never copied from the request, so
 * their length is bounded whatever the request (see
 * {@code server.tomcat.max-http-response-header-size}).
 */
@RestControllerAdvice
class PagingHeadersAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return Paged.class.isAssignableFrom(returnType.getParameterType());
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof Paged paged) {
			set(paged, response.getHeaders()::set);
		}
		return body;
	}

	/**
	 * Sets the paging headers of a page.
	 * @param paged the page about to be sent
	 * @param header sets a response header, by name and value
	 */
	private static void set(Paged paged, BiConsumer<String, String> header) {
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
