package app.limber.metrics;

import app.limber.LimberServerTest;
import app.limber.catalogue.ReadModel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code limber.metrics.enabled=true}, Prometheus scrapes HTTP timings per route
 * (answers the response cache sends again included) and the catalogue being served.
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
		for (int i = 0; i < 3; i++) {
			this.http.get().uri("/api/v1/exercises/piriformis-stretch").exchange().expectStatus().isOk();
			// Answered directly twice, then from the response cache.
			this.http.get().uri("/api/v1/exercises?q=clam&size=3").exchange().expectStatus().isOk();
			this.http.get().uri("/api/v1/routines?minutes=7&seed=3").exchange().expectStatus().isOk();
		}
		String scraped = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(scraped).containsPattern(
				"http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*uri=\"/api/v1/exercises/\\{slug\\}\"[^}]*} 3");
		assertThat(scraped)
			.containsPattern(
					"http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*uri=\"/api/v1/exercises\"[^}]*} 3")
			.containsPattern(
					"http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*uri=\"/api/v1/routines\"[^}]*} 3");
		assertThat(scraped).contains("limber_catalogue_exercises " + this.readModel.current().exercises().size() + ".0")
			.contains("limber_catalogue_info{version=\"" + this.readModel.current().version().shortHash() + "\"} 1");
	}

}
