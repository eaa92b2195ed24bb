package app.limber;

import java.util.Arrays;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of the running application: probes and the metrics left off.
 */
@LimberServerTest
class LimberApplicationTests {

	@Autowired
	private RestTestClient http;

	@Autowired
	private ApplicationContext context;

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
		// Nothing of Micrometer's at all: an auto-configuration that
		// spring.autoconfigure.exclude does not list yet shows here.
		assertThat(Arrays.stream(this.context.getBeanDefinitionNames())
			.map(this.context::getType)
			.filter(Objects::nonNull)
			.map(Class::getName))
			.noneMatch((type) -> type.startsWith("io.micrometer.")
					|| type.startsWith("org.springframework.boot.micrometer."));
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
	}

}
