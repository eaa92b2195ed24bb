package app.limber;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browsers, caches and operators rely on, over real HTTP: caching, compression,
 * CORS, security headers, the exposed surface and the request limits.
 */
@LimberServerTest
class HttpBehaviourTests {

	@LocalServerPort
	private int port;

	@Autowired
	private RestTestClient http;

	@Test
	void shouldTagEverySuccessfulAnswerWithAStrongEtagAndPublicCaching() {
		Answer reply = get("/api/v1/goals");
		assertThat(reply.header("ETag")).matches("\"[0-9a-f]{16}-[0-9a-f]{16}\"");
		assertThat(reply.header("Cache-Control")).isEqualTo("max-age=3600, public");
		assertThat(reply.header("ETag")).startsWith("\"" + reply.header("Limber-Catalogue-Version") + "-");
		assertThat(get("/api/v1/muscles").header("ETag")).isNotEqualTo(reply.header("ETag"));
	}

	@Test
	void shouldAnswerNotModifiedWithoutABodyWhenTheTagIsCurrent() {
		String etag = get("/api/v1/exercises/glute-bridge").header("ETag");
		Answer again = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises/glute-bridge"))
			.header("Accept", "application/json")
			.header("If-None-Match", etag)
			.exchange());
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.header("ETag")).isEqualTo(etag);
		Answer stale = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises/glute-bridge"))
			.header("Accept", "application/json")
			.header("If-None-Match", "\"0000000000000000-000000000000000000000000\"")
			.exchange());
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("\"slug\":\"glute-bridge\"");
	}

	@Test
	void shouldAnswerARepeatedRequestFromTheResponseCacheWithTheSameBytes() {
		Answer first = get("/api/v1/exercises?goal=stretch&size=5&sort=duration");
		Answer again = get("/api/v1/exercises?goal=stretch&size=5&sort=duration");
		Answer reordered = get("/api/v1/exercises?sort=duration&size=5&goal=stretch");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(reordered.body()).isEqualTo(first.body());
		assertThat(reordered.header("ETag")).isEqualTo(first.header("ETag"));
		assertThat(again.header("X-Total-Count")).isEqualTo("21");
		assertThat(again.header("Link")).isEqualTo(first.header("Link"));
		assertSecurityHeaders(again);
		Answer other = get("/api/v1/exercises?goal=stretch&size=6&sort=duration");
		assertThat(other.body()).isNotEqualTo(first.body());
	}

	@Test
	void shouldSendTheSameHeadersAndBodyEveryTimeOverOneConnection() throws IOException {
		// Answers of different lengths, one after another on one keep-alive connection:
		// the first of each comes from Spring MVC, the rest from the response cache.
		List<String> paths = List.of("/api/v1/goals", "/api/v1/muscles", "/api/v1/exercises?size=3", "/api/v1/cautions",
				"/api/v1/exercises/glute-bridge");
		Map<String, RawAnswer> first = new HashMap<>();
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int round = 0; round < 6; round++) {
				for (String path : paths) {
					out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
					out.flush();
					RawAnswer answer = RawAnswer.read(in);
					assertThat(answer.statusLine()).as(path).isEqualTo("HTTP/1.1 200 ");
					RawAnswer expected = first.putIfAbsent(path, answer);
					if (expected != null) {
						assertThat(answer.headers()).as("headers of %s in round %d", path, round)
							.containsExactlyInAnyOrderElementsOf(expected.headers());
						assertThat(answer.body()).as("body of %s in round %d", path, round).isEqualTo(expected.body());
					}
				}
			}
		}
	}

	@Test
	void shouldNotServeACachedJsonAnswerToAClientThatRefusesJson() {
		assertThat(get("/api/v1/sources").status()).isEqualTo(200);
		Answer xml = Answer
			.of(this.http.get().uri(URI.create("/api/v1/sources")).header("Accept", "application/xml").exchange());
		assertThat(xml.status()).isEqualTo(406);
	}

	@Test
	void shouldNotCacheErrors() {
		Answer reply = get("/api/v1/exercises/splits");
		assertThat(reply.header("ETag")).isNull();
		assertThat(reply.header("Cache-Control")).isNull();
	}

	@Test
	void shouldSendTheCatalogueVersionAsAHeaderAndInInfo() {
		String version = get("/api/v1/sources").header("Limber-Catalogue-Version");
		assertThat(version).matches("[0-9a-f]{16}");
		Answer info = get("/actuator/info");
		assertThat(info.<String>json("$.catalogue.version")).isEqualTo(version);
		assertThat(info.<Integer>json("$.catalogue.exercises")).isEqualTo(30);
	}

	@Test
	void shouldGzipLargeJsonForClientsThatAcceptIt() {
		Answer compressed = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises"))
			.accept(MediaType.APPLICATION_JSON)
			.header("Accept-Encoding", "gzip")
			.exchange());
		assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(compressed.header("Vary")).contains("Accept-Encoding");
		assertThat(compressed.bytesOnTheWire()).isLessThan(compressed.body().length() / 2);
		Answer plain = get("/api/v1/exercises");
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(plain.body()).isEqualTo(compressed.body());
		// Each encoding is its own representation, with its own tag.
		assertThat(compressed.header("ETag")).isNotEqualTo(plain.header("ETag")).endsWith("-gzip\"");
		Answer revalidated = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises"))
			.header("Accept-Encoding", "gzip")
			.header("If-None-Match", compressed.header("ETag"))
			.exchange());
		assertThat(revalidated.status()).isEqualTo(304);
	}

	@Test
	void shouldNotCompressSmallAnswersOrForClientsThatRefuseGzip() {
		Answer small = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/cautions/neutral-spine-under-load"))
			.header("Accept-Encoding", "gzip")
			.exchange());
		assertThat(small.bytesOnTheWire()).isLessThan(1024);
		assertThat(small.header("Content-Encoding")).isNull();
		Answer refused = Answer
			.of(this.http.get().uri(URI.create("/api/v1/exercises")).header("Accept-Encoding", "gzip;q=0").exchange());
		assertThat(refused.header("Content-Encoding")).isNull();
	}

	@Test
	void shouldAnswerACorsPreflightFromAnyOrigin() {
		Answer preflight = Answer.of(this.http.options()
			.uri(URI.create("/api/v1/exercises"))
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "GET")
			.exchange());
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isIn("*", "https://app.example");
		assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD,OPTIONS");
		assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
		Answer refused = Answer.of(this.http.options()
			.uri(URI.create("/api/v1/exercises"))
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "DELETE")
			.exchange());
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void shouldExposeTheCachingAndPagingHeadersToScripts() {
		Answer reply = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises?size=5"))
			.header("Origin", "https://app.example")
			.exchange());
		assertThat(reply.header("Access-Control-Allow-Origin")).isIn("*", "https://app.example");
		assertThat(reply.header("Access-Control-Expose-Headers")).contains("ETag", "Link", "X-Total-Count",
				"Limber-Catalogue-Version");
		assertThat(reply.header("X-Total-Count")).isEqualTo("30");
		assertThat(reply.header("Link")).contains("</api/v1/exercises?size=5&page=1>; rel=\"next\"")
			.contains("</api/v1/exercises?size=5&page=5>; rel=\"last\"")
			.doesNotContain("rel=\"prev\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/exercises", "/api/v1/exercises/splits", "/nothing", "/swagger-ui/index.html",
			"/v3/api-docs", "/actuator/health" })
	void shouldSendSecurityHeadersOnEveryAnswer(String path) {
		assertSecurityHeaders(Answer.of(this.http.get().uri(URI.create(path)).exchange()));
	}

	@Test
	void shouldSendSecurityHeadersOnMethodNotAllowed() {
		Answer reply = Answer.of(this.http.delete().uri(URI.create("/api/v1/goals")).exchange());
		assertThat(reply.status()).isEqualTo(405);
		assertSecurityHeaders(reply);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/h2-console", "/h2-console/", "/actuator/env", "/actuator/beans", "/actuator/heapdump" })
	void shouldNotExposeTheDatabaseConsoleOrOperationalEndpoints(String path) {
		assertThat(Answer.of(this.http.get().uri(URI.create(path)).exchange()).status()).isEqualTo(404);
	}

	@Test
	void shouldReportHealthWithEachComponentsStatusButNoDetails() {
		Answer health = get("/actuator/health");
		assertThat(health.<String>json("$.status")).isEqualTo("UP");
		assertThat(health.<String>json("$.components.db.status")).isEqualTo("UP");
		assertThat(health.<String>json("$.components.catalogue.status")).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("details").doesNotContain("H2").doesNotContain("validationQuery");
		assertThat(get("/actuator/health/db").body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void shouldRejectAnOverlongQueryStringWithAProblem() {
		Answer reply = get("/api/v1/exercises?q=" + "a".repeat(9000));
		assertThatProblem(reply.result()).is(400, "bad-request");
		assertSecurityHeaders(reply);
	}

	@Test
	void shouldRejectOversizedHeadersWithAProblem() {
		Answer reply = Answer
			.of(this.http.get().uri(URI.create("/api/v1/goals")).header("X-Padding", "a".repeat(9000)).exchange());
		assertThatProblem(reply.result()).isProblem(400);
	}

	@Test
	void shouldRejectTooManyParametersWithAProblem() {
		String query = String.join("&", java.util.Collections.nCopies(70, "goal=stretch"));
		Answer reply = get("/api/v1/exercises?" + query);
		assertThatProblem(reply.result()).isProblem(400).hasDetailContaining("at most 64");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/exercises?q=%ff", "/api/v1/exercises?q=%zz", "/api/v1/exercises?q=50%",
			"/api/v1/exercises?q=caf%E9", "/api/v1/muscles?region=%ff" })
	void shouldSayAQueryStringThatIsNotPercentEncodedUtf8CannotBeRead(String target) throws IOException {
		String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		String query = target.substring(target.indexOf('?') + 1);
		assertThat(response).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"type\":\"urn:limber:problem:bad-request\"")
			.contains("The query string '" + query + "' cannot be read")
			.doesNotContain("too many");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET /api/v1/exercises?q={a|b} HTTP/1.1", "GET /api/v1/exercises/<script> HTTP/1.1",
			"BREW /api/v1/goals HTTP/1.1", "GET /api/v1/\u0001 HTTP/1.1" })
	void shouldAnswerRawMalformedRequestsWithAProblemNotAServerError(String requestLine) throws IOException {
		String response = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		int status = Integer.parseInt(response.substring(9, 12));
		assertThat(status).as(response).isBetween(200, 499);
		if (status >= 400) {
			assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
		}
	}

	@Test
	void shouldQuoteAnUnencodedPathAsAValidInstanceUri() throws IOException {
		String response = raw("GET /api/v1/exercises/<b> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 404")
			.contains("\"instance\":\"/api/v1/exercises/%3Cb%3E\"")
			.contains("\"type\":\"urn:limber:problem:not-found\"");
	}

	@Test
	void shouldAnswerAnUnknownHttpVersionWithAProblem() throws IOException {
		String response = raw("GET /api/v1/goals HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 505").containsIgnoringCase("application/problem+json");
	}

	@Test
	void shouldAnswerARawRequestWithAMalformedHeaderWithAProblem() throws IOException {
		String response = raw(
				"GET /api/v1/goals HTTP/1.1\r\nHost: localhost\r\nBad Header\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static void assertSecurityHeaders(Answer reply) {
		assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(reply.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
		assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
	}

	/**
	 * An HTTP/1.1 answer read off a connection: its status line, its header lines but
	 * {@code Date}, and its body.
	 */
	private record RawAnswer(String statusLine, List<String> headers, String body) {

		static RawAnswer read(InputStream in) throws IOException {
			String status = line(in);
			List<String> headers = new ArrayList<>();
			int length = 0;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
					length = Integer.parseInt(header.substring(15).strip());
				}
				if (!header.regionMatches(true, 0, "Date:", 0, 5)) {
					headers.add(header);
				}
			}
			return new RawAnswer(status, headers, new String(in.readNBytes(length), StandardCharsets.UTF_8));
		}

		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					throw new IOException("Connection closed after: " + line);
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
