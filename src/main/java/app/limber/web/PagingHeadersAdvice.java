package app.limber.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds {@code X-Total-Count} and a {@code Link} header (first, prev, next, last) to every
 * page of a list, for clients that page from headers: the same links the page's body
 * gives. They are built from the parameters Limber understood, never copied from the
 * request, so their length is bounded whatever the request (see
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
			Paged.PageMetadata page = paged.page();
			response.getHeaders().set(HttpHeadersNames.TOTAL_COUNT, String.valueOf(page.totalItems()));
			List<String> links = new ArrayList<>(4);
			links.add(link(page.first(), "first"));
			if (page.prev() != null) {
				links.add(link(page.prev(), "prev"));
			}
			if (page.next() != null) {
				links.add(link(page.next(), "next"));
			}
			links.add(link(page.last(), "last"));
			response.getHeaders().set(HttpHeaders.LINK, String.join(", ", links));
		}
		return body;
	}

	// Relative links keep whatever host and scheme the client used.
	private static String link(String target, String relation) {
		return "<" + target + ">; rel=\"" + relation + "\"";
	}

}
