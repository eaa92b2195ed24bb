package app.limber;

import java.net.URI;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code limber.http.*} settings an operator changes: allowed origins, cache lifetime
 * and the access log.
 */
@LimberServerTest
@TestPropertySource("/operator-settings.properties")
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredHttpTests {

	@Autowired
	private RestTestClient http;

	@Test
	void shouldAllowOnlyTheConfiguredOrigins() {
		Answer allowed = Answer.of(this.http.options()
			.uri(URI.create("/api/v1/goals"))
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "GET")
			.exchange());
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
		Answer other = Answer.of(this.http.options()
			.uri(URI.create("/api/v1/goals"))
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "GET")
			.exchange());
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void shouldUseTheConfiguredCacheLifetime() {
		assertThat(get("/api/v1/goals").header("Cache-Control")).isEqualTo("max-age=300, public");
	}

	@Test
	void shouldLogOneStructuredLinePerRequest(CapturedOutput output) {
		Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises?q=bridge"))
			.header("User-Agent", "limber-test \"quoted\"")
			.exchange());
		assertThat(output.getOut()).containsPattern("limber.access\\s+: method=GET path=\"/api/v1/exercises\" "
				+ "query=\"q=bridge\" status=200 duration_ms=\\d+\\.\\d{3} remote=\\S+ user_agent=\"limber-test \\\\\"quoted\\\\\"\"");
	}

	@Test
	void shouldLogRepeatedRequestsAnsweredFromTheResponseCache(CapturedOutput output) {
		get("/api/v1/cautions?severity=stop");
		get("/api/v1/cautions?severity=stop");
		Answer.of(this.http.head()
			.uri(URI.create("/api/v1/cautions?severity=stop"))
			.header("Accept", "application/json")
			.exchange());
		String line = "limber.access\\s+: method=%s path=\"/api/v1/cautions\" query=\"severity=stop\" status=200 ";
		assertThat(Pattern.compile(line.formatted("GET")).matcher(output.getOut()).results()).hasSize(2);
		assertThat(Pattern.compile(line.formatted("HEAD")).matcher(output.getOut()).results()).hasSize(1);
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
