package app.limber;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class LimberApplicationTests {

	@Autowired
	private RestTestClient http;

	@Autowired
	private ApplicationContext context;

	@Test
	void shouldReportHealthyWhenStarted() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP")
			.jsonPath("$.components.catalogue.status")
			.isEqualTo("UP")
			.jsonPath("$.components.catalogue.details")
			.doesNotExist();
	}

	@Test
	void shouldAnswerTheProbesOnceTheCatalogueIsBuilt() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.catalogue.status")
			.isEqualTo("UP");
		this.http.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db")
			.doesNotExist();
	}

	@Test
	void shouldBuildNoMetricsUnlessTheyAreEnabled() {
		assertThat(this.context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
	}

	@Test
	void shouldServeTheOpenApiDocumentWithLimbersTitle() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.openapi")
			.value((String version) -> assertThat(version).startsWith("3."))
			.jsonPath("$.info.title")
			.isEqualTo("Limber API");
	}

	@Test
	void shouldServeSwaggerUi() {
		this.http.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("swagger-ui"));
		this.http.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).endsWith("/swagger-ui/index.html"));
	}

}
