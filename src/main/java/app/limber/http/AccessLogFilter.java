package app.limber.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs one line per request in logfmt ({@code key=value}), to the {@code limber.access}
 * logger, when {@code limber.http.access-log=true}.
 */
class AccessLogFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger("limber.access");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			log(request, response, start);
		}
	}

	/**
	 * Logs the line for a finished request; also used for the answers sent before the
	 * filters run.
	 * @param request the request
	 * @param response its response
	 * @param start when the request began, from {@link System#nanoTime()}
	 */
	static void log(HttpServletRequest request, HttpServletResponse response, long start) {
		long micros = (System.nanoTime() - start) / 1000;
		String query = request.getQueryString();
		logger.info("method={} path=\"{}\" query=\"{}\" status={} duration_ms={}.{} remote={} user_agent=\"{}\"",
				request.getMethod(), quote(request.getRequestURI()), quote((query != null) ? query : ""),
				response.getStatus(), micros / 1000, String.format("%03d", micros % 1000), request.getRemoteAddr(),
				quote(request.getHeader("User-Agent")));
	}

	// Keeps the line one line and its quoting unambiguous whatever the client sent.
	private static String quote(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (char c : (value.length() > 512 ? value.substring(0, 512) + "…" : value).toCharArray()) {
			out.append((c == '"' || c == '\\') ? "\\" + c : Character.isISOControl(c) ? "?" : String.valueOf(c));
		}
		return out.toString();
	}

}
