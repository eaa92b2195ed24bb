package app.limber.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limber runs as many request threads as {@code limber.http.threads-per-core} says for
 * each processor it may use, and at least two, so an instance on a bigger machine uses it
 * without being told; an operator who sets {@code server.tomcat.threads.max} gets exactly
 * that.
 */
class RequestThreadsTests {

	private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

	@Test
	void shouldRunOneRequestThreadPerProcessorAndAtLeastTwo() {
		assertThat(threads(properties(1), Map.of())).isEqualTo(Math.max(2, PROCESSORS));
	}

	@Test
	void shouldRunTwoRequestThreadsWhateverTheProcessors() {
		assertThat(threads(properties(0), Map.of())).isEqualTo(2);
	}

	@Test
	void shouldRunAsManyThreadsPerProcessorAsConfigured() {
		assertThat(threads(properties(3), Map.of())).isEqualTo(3 * PROCESSORS);
	}

	@Test
	void shouldLeaveTheThreadsToServerTomcatThreadsMaxWhenItIsSet() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatConfiguration()
			.requestThreadsPerCore(properties(2), operator(Map.of("server.tomcat.threads.max", "7")))
			.customize(factory);
		// Boot's own customizer sets the 7.
		assertThat(factory.getConnectorCustomizers()).isEmpty();
	}

	private static int threads(HttpProperties properties, Map<String, String> settings) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new TomcatConfiguration().requestThreadsPerCore(properties, operator(settings)).customize(factory);
		Connector connector = new Connector();
		factory.getConnectorCustomizers().forEach((customizer) -> customizer.customize(connector));
		return ((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads();
	}

	// What the operator set, bound as the application binds it.
	private static TomcatConfiguration.OperatorThreads operator(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("server.tomcat.threads",
				TomcatConfiguration.OperatorThreads.class);
	}

	private static HttpProperties properties(int threadsPerCore) {
		return new HttpProperties(Duration.ofHours(1), List.of("*"), Duration.ofHours(1), false,
				DataSize.ofMegabytes(4), threadsPerCore);
	}

}
