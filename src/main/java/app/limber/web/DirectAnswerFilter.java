package app.limber.web;

import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers the plain questions of the busiest endpoints ({@link DirectRoute}) without
 * Spring MVC's dispatch, which costs more than the rest of such an answer: finding the
 * handler, binding through a {@code BeanWrapper} and the conversion service, choosing a
 * converter (README, "Performance"). It runs after the HTTP edge's filters, so the answer
 * is tagged, compressed and kept exactly like one from Spring MVC.
 * <p>
 * It answers a {@code GET} of a route's exact path whose {@code Accept} takes JSON with
 * no parameters, without {@code Origin} (CORS stays Spring MVC's), and whose query the
 * route finds plain and valid. It writes what Spring MVC writes for it: the same JSON
 * from the same {@code JsonMapper}, the paging headers ({@link PagingHeaders}), and the
 * {@code Vary} that Spring's CORS handling adds to every answer. Everything else goes on
 * to Spring MVC.
 */
class DirectAnswerFilter extends OncePerRequestFilter {

	private static final String CORS_VARY = String.join(", ", HttpHeaders.ORIGIN,
			HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);

	// Looked up on first use: filters start with the web server, before the catalogue
	// the routes answer from is loaded.
	private final Supplier<Map<String, DirectRoute>> routes;

	private final Supplier<JsonMapper> json;

	DirectAnswerFilter(Supplier<Map<String, DirectRoute>> routes, Supplier<JsonMapper> json) {
		this.routes = routes;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DirectRoute route = this.routes.get().get(request.getRequestURI());
		if (route == null || !isPlain(request)) {
			chain.doFilter(request, response);
			return;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat refused the query string (over server.tomcat.max-parameter-count,
			// say) and says so only once: Spring MVC is told as if it had read it first,
			// and names the limit in its problem.
			chain.doFilter(new UnreadableParameters(request, ex), response);
			return;
		}
		Object body = answer(route, parameters);
		if (body == null) {
			chain.doFilter(request, response);
			return;
		}
		// The route, as Spring MVC names it when it maps the request: for the timings,
		// when metrics are on, and for the answer the response cache keeps.
		request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, route.path());
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(route.path()));
		response.setHeader(HttpHeaders.VARY, CORS_VARY);
		if (body instanceof Paged paged) {
			PagingHeaders.set(paged, response::setHeader);
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		// Straight into the response, as Spring MVC writes it; the caching filter around
		// holds the bytes and sets the length.
		this.json.get().writeValue(StreamUtils.nonClosing(response.getOutputStream()), body);
	}

	private static boolean isPlain(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.ORIGIN) == null
				&& acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
	}

	// Taken when one of the accepted types is JSON or a wildcard over it, and no type
	// has parameters (a q of 0 refuses a type): where Spring MVC surely answers JSON.
	private static boolean acceptsJson(@Nullable String accept) {
		if (accept == null || "*/*".equals(accept) || MediaType.APPLICATION_JSON_VALUE.equals(accept)) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().allMatch((type) -> type.getParameters().isEmpty())
					&& types.stream().anyMatch((type) -> type.includes(MediaType.APPLICATION_JSON));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static @Nullable Object answer(DirectRoute route, Map<String, String[]> parameters) {
		try {
			PlainQuery query = new PlainQuery(parameters);
			Supplier<Object> answer = route.bind(query);
			// A parameter the route did not read: Spring MVC answers, and the route does
			// no work for it.
			return (answer != null && query.readWhole()) ? answer.get() : null;
		}
		catch (PlainQuery.NotPlain | ErrorResponseException ex) {
			return null;
		}
	}

	/**
	 * A request whose parameters Tomcat refused to read: reading them again fails the
	 * same way.
	 */
	private static final class UnreadableParameters extends HttpServletRequestWrapper {

		private final IllegalStateException refusal;

		UnreadableParameters(HttpServletRequest request, IllegalStateException refusal) {
			super(request);
			this.refusal = refusal;
		}

		@Override
		public String getParameter(String name) {
			throw this.refusal;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			throw this.refusal;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			throw this.refusal;
		}

		@Override
		public String[] getParameterValues(String name) {
			throw this.refusal;
		}

	}

}
