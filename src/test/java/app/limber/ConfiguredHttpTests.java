package app.limber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings an operator changes: allowed origins, cache lifetime, the access log and
 * the request limits. The access log goes to a file here, not to standard output, which
 * the test runner uses for itself; the lines are the same.
 */
@LimberServerTest
@TestPropertySource("/operator-settings.properties")
class ConfiguredHttpTests {

	private static final Path ACCESS_LOG = Path.of("target", "operator-settings-access.log");

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
	void shouldLogOneStructuredLinePerRequest() {
		long from = logSize();
		Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises?q=bridge"))
			.header("User-Agent", "limber-test \"quoted\"")
			.exchange());
		Pattern line = Pattern.compile("time=\\S+ method=GET path=\"/api/v1/exercises\" query=\"\\?q=bridge\" "
				+ "status=200 duration_us=\\d+ remote=\\S+ user_agent=\"limber-test \\\\\"quoted\\\\\"\"\n");
		assertThat(logAfter(from, line, 1)).containsPattern(line);
	}

	@Test
	void shouldLogRepeatedRequestsAnsweredFromTheResponseCache() {
		long from = logSize();
		for (int i = 0; i < 3; i++) {
			get("/api/v1/cautions?severity=stop");
		}
		Answer.of(this.http.head()
			.uri(URI.create("/api/v1/cautions?severity=stop"))
			.header("Accept", "application/json")
			.exchange());
		String line = "method=%s path=\"/api/v1/cautions\" query=\"\\?severity=stop\" status=200 ";
		String log = logAfter(from, Pattern.compile(line.formatted("(GET|HEAD)")), 4);
		assertThat(Pattern.compile(line.formatted("GET")).matcher(log).results()).hasSize(3);
		assertThat(Pattern.compile(line.formatted("HEAD")).matcher(log).results()).hasSize(1);
	}

	@Test
	void shouldNameTheConfiguredLimitsInProblems() {
		Answer tooMany = get("/api/v1/exercises?" + String.join("&", Collections.nCopies(11, "goal=stretch")));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.<String>json("$.detail"))
			.isEqualTo("The request has too many query parameters: send at most 10.");
		Answer tooLarge = Answer
			.of(this.http.get().uri(URI.create("/api/v1/goals")).header("X-Padding", "a".repeat(5000)).exchange());
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.<String>json("$.detail"))
			.contains("request line and headers at most 4 KiB, at most 10 query parameters");
	}

	private static long logSize() {
		try {
			return Files.exists(ACCESS_LOG) ? Files.size(ACCESS_LOG) : 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// What the log gained since an offset, once it holds the lines expected: Tomcat
	// writes a request's line after its answer is sent.
	private static String logAfter(long from, Pattern line, int lines) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		String log;
		do {
			try {
				byte[] bytes = Files.readAllBytes(ACCESS_LOG);
				log = new String(bytes, (int) from, bytes.length - (int) from, StandardCharsets.UTF_8);
				Thread.sleep(20);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		while (line.matcher(log).results().count() < lines && System.nanoTime() < deadline);
		return log;
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
