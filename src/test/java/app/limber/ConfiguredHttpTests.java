package app.limber;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
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
import static org.awaitility.Awaitility.await;

/**
 * The settings an operator changes: allowed origins, cache lifetime, the access log, the
 * request limits and forwarded headers.
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
		Pattern line = Pattern.compile("limber.access\\s+: method=GET path=\"/api/v1/exercises\" query=\"\\?q=bridge\" "
				+ "status=200 duration_us=\\d+ remote=\\S+ user_agent=\"limber-test \\\\\"quoted\\\\\"\"");
		assertThat(linesOnceLogged(output, line, 1)).isEqualTo(1);
	}

	@Test
	void shouldLogRepeatedRequestsAnsweredFromTheResponseCache(CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			get("/api/v1/cautions?severity=stop");
		}
		Answer.of(this.http.head()
			.uri(URI.create("/api/v1/cautions?severity=stop"))
			.header("Accept", "application/json")
			.exchange());
		String line = "limber.access\\s+: method=%s path=\"/api/v1/cautions\" query=\"\\?severity=stop\" status=200 ";
		assertThat(linesOnceLogged(output, Pattern.compile(line.formatted("(GET|HEAD)")), 4)).isEqualTo(4);
		assertThat(Pattern.compile(line.formatted("GET")).matcher(output.getOut()).results()).hasSize(3);
		assertThat(Pattern.compile(line.formatted("HEAD")).matcher(output.getOut()).results()).hasSize(1);
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

	@Test
	void shouldMakeTheCalendarsLinksFromTheForwardedSchemeAndHost() {
		String calendar = "/api/v1/programmes.ics?start=2027-03-01&weeks=1&days=mon";
		for (String host : new String[] { "calendar.example", "other.example" }) {
			Answer reply = Answer.of(this.http.get()
				.uri(URI.create(calendar))
				.header("Accept", "text/calendar")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", host)
				.exchange());
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.body()).contains("URL:https://" + host + "/api/v1/routines?")
				.contains("SOURCE;VALUE=URI:https://" + host + "/api/v1/programmes.ics?")
				.doesNotContain("localhost");
		}
	}

	// How many lines match once the expected number have come: Tomcat logs a request
	// after its answer is sent.
	private static long linesOnceLogged(CapturedOutput output, Pattern line, int expected) {
		await().atMost(Duration.ofSeconds(5)).until(() -> line.matcher(output.getOut()).results().count() >= expected);
		return line.matcher(output.getOut()).results().count();
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
