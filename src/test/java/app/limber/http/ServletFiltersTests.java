package app.limber.http;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import app.limber.LimberServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every servlet filter is one whose effect a cached answer already carries:
 * {@link CachedAnswerValve} answers repeat requests before any filter runs, so a filter
 * added without thought silently never sees them.
 */
@LimberServerTest
class ServletFiltersTests {

	/** Each filter the edge knows about, and why a cached answer needs nothing of it. */
	private static final Map<String, String> KNOWN = Map.ofEntries(
			// Limber's own.
			Map.entry("securityHeadersFilter", "its headers are recorded with the answer"),
			Map.entry("httpCachingFilter", "it records the answers"),
			// Spring Boot's and Tomcat's.
			Map.entry("characterEncodingFilter", "the charset is in the recorded Content-Type"),
			Map.entry("formContentFilter",
					"it reads form bodies of PUT, PATCH and DELETE; only GET and HEAD are cached"),
			Map.entry("requestContextFilter",
					"it lends the request to Spring MVC's thread, adding nothing to the answer"),
			Map.entry("webMvcObservationFilter", "with metrics on, CachedAnswerTimer times the cached answers"),
			Map.entry("Tomcat WebSocket (JSR356) Filter",
					"it upgrades to WebSocket; Limber has no WebSocket endpoint"));

	@Autowired
	private ServletWebServerApplicationContext context;

	@Test
	void shouldRegisterOnlyFiltersWhoseEffectACachedAnswerCarries() {
		Set<String> registered = new TreeSet<>(this.context.getServletContext().getFilterRegistrations().keySet());
		assertThat(registered).contains("securityHeadersFilter", "httpCachingFilter");
		Set<String> unknown = new TreeSet<>(registered);
		unknown.removeAll(KNOWN.keySet());
		assertThat(unknown).as("""
				A servlet filter is registered that ServletFiltersTests does not know: %s.
				CachedAnswerValve answers repeat GET and HEAD requests before any servlet filter runs,
				so this filter will not see them. Read src/main/java/app/limber/http/package-info.java
				("Adding a filter"), then add the filter to KNOWN with the reason cached answers are right.""", unknown)
			.isEmpty();
	}

}
