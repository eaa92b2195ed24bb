package app.limber;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code limber.http.*} settings an operator changes: allowed origins, cache lifetime
 * and the access log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "limber.http.cors-allowed-origins=https://app.example", "limber.http.cache-max-age=5m",
				"limber.http.access-log=true" })
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredHttpTests {

	@LocalServerPort
	private int port;

	private LiveApi api;

	@BeforeEach
	void connect() {
		this.api = new LiveApi(this.port);
	}

	@Test
	void shouldAllowOnlyTheConfiguredOrigins() {
		LiveApi.Reply allowed = this.api.exchange("OPTIONS", "/api/v1/goals",
				Map.of("Origin", "https://app.example", "Access-Control-Request-Method", "GET"));
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
		LiveApi.Reply other = this.api.exchange("OPTIONS", "/api/v1/goals",
				Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void shouldUseTheConfiguredCacheLifetime() {
		assertThat(this.api.get("/api/v1/goals").header("Cache-Control")).isEqualTo("max-age=300, public");
	}

	@Test
	void shouldLogOneStructuredLinePerRequest(CapturedOutput output) {
		this.api.exchange("GET", "/api/v1/exercises?q=bridge", Map.of("User-Agent", "limber-test \"quoted\""));
		assertThat(output.getOut()).containsPattern("limber.access\\s+: method=GET path=\"/api/v1/exercises\" "
				+ "query=\"q=bridge\" status=200 duration_ms=\\d+\\.\\d{3} remote=\\S+ user_agent=\"limber-test \\\\\"quoted\\\\\"\"");
	}

	@Test
	void shouldLogRepeatedRequestsAnsweredFromTheResponseCache(CapturedOutput output) {
		this.api.get("/api/v1/cautions?severity=stop");
		this.api.get("/api/v1/cautions?severity=stop");
		this.api.exchange("HEAD", "/api/v1/cautions?severity=stop", Map.of("Accept", "application/json"));
		String line = "limber.access\\s+: method=%s path=\"/api/v1/cautions\" query=\"severity=stop\" status=200 ";
		assertThat(Pattern.compile(line.formatted("GET")).matcher(output.getOut()).results()).hasSize(2);
		assertThat(Pattern.compile(line.formatted("HEAD")).matcher(output.getOut()).results()).hasSize(1);
	}

}
