package app.limber.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the headers that stop browsers from sniffing content types, framing Limber's pages
 * or leaking referrers, to every response, errors included. The policy restricts framing
 * only, so Swagger UI's scripts and styles keep working. The one place that knows them:
 * this filter sets them on what Spring MVC answers, {@link ProblemErrorReportValve} on
 * what Tomcat refuses itself, and {@link CachedAnswerValve} sends them as the cached
 * answer recorded them.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(response);
		chain.doFilter(request, response);
	}

	/**
	 * Sets the security headers on a response; also used for the problems Tomcat answers
	 * before any filter runs.
	 * @param response the response
	 */
	static void apply(HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
