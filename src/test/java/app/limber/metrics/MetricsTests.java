package app.limber.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.limber.LimberServerTest;
import app.limber.catalogue.model.ReadModel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code limber.metrics.enabled=true}, Prometheus scrapes HTTP timings per route
 * (answers the response cache sends again and direct answers included) and the catalogue
 * being served.
 */
@LimberServerTest
@TestPropertySource("/operator-settings.properties")
class MetricsTests {

	@Autowired
	private RestTestClient http;

	@Autowired
	private ReadModel readModel;

	@Test
	void shouldExposeHttpTimingsPerRouteAndTheCatalogue() {
		// Other tests share this application: count from here.
		String before = scrape();
		for (int i = 0; i < 3; i++) {
			this.http.get().uri("/api/v1/exercises/piriformis-stretch").exchange().expectStatus().isOk();
			// Answered directly twice, then from the response cache.
			this.http.get().uri("/api/v1/exercises?q=clam&size=3").exchange().expectStatus().isOk();
			this.http.get().uri("/api/v1/routines?minutes=7&seed=3").exchange().expectStatus().isOk();
		}
		String scraped = scrape();
		assertThat(successes(scraped, "/api/v1/exercises/{slug}") - successes(before, "/api/v1/exercises/{slug}"))
			.isEqualTo(3);
		assertThat(successes(scraped, "/api/v1/exercises") - successes(before, "/api/v1/exercises")).isEqualTo(3);
		assertThat(successes(scraped, "/api/v1/routines") - successes(before, "/api/v1/routines")).isEqualTo(3);
		assertThat(scraped).contains("limber_catalogue_exercises " + this.readModel.current().exercises().size() + ".0")
			.contains("limber_catalogue_info{version=\"" + this.readModel.current().version().shortHash() + "\"} 1");
	}

	private String scrape() {
		return this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	// How many successful GETs of a route were timed, by one scrape.
	private static long successes(String scraped, String route) {
		Matcher count = Pattern
			.compile("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\",uri=\""
					+ Pattern.quote(route) + "\"} (\\d+)")
			.matcher(scraped);
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}

}
