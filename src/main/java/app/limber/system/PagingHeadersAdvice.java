package app.limber.system;

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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds {@code X-Total-Count} and a {@code Link} header (first, prev, next, last) to every
 * page of a list, for clients that page from headers.
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
			List<String> links = new ArrayList<>();
			String path = request.getURI().getRawPath();
			String query = request.getURI().getRawQuery();
			int last = Math.max(page.totalPages() - 1, 0);
			links.add(link(path, query, 0, "first"));
			if (page.number() > 0) {
				links.add(link(path, query, Math.min(page.number() - 1, last), "prev"));
			}
			if (page.number() < last) {
				links.add(link(path, query, page.number() + 1, "next"));
			}
			links.add(link(path, query, last, "last"));
			response.getHeaders().set(HttpHeaders.LINK, String.join(", ", links));
		}
		return body;
	}

	// Relative links keep whatever host and scheme the client used.
	private static String link(String path, String query, int page, String relation) {
		String target = UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("page", page)
			.build(true)
			.toUriString();
		return "<" + target + ">; rel=\"" + relation + "\"";
	}

}
