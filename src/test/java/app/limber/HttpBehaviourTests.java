package app.limber;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What browsers, caches and operators rely on, over real HTTP: caching, compression,
 * CORS, security headers, the exposed surface and the request limits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HttpBehaviourTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Environment environment;

	private LiveApi api;

	@BeforeEach
	void connect() {
		this.api = new LiveApi(this.port);
	}

	@Test
	void shouldTagEverySuccessfulAnswerWithAStrongEtagAndPublicCaching() {
		LiveApi.Reply reply = this.api.get("/api/v1/goals");
		assertThat(reply.header("ETag")).matches("\"[0-9a-f]{16}-[0-9a-f]{16}\"");
		assertThat(reply.header("Cache-Control")).isEqualTo("max-age=3600, public");
		assertThat(reply.header("ETag")).startsWith("\"" + reply.header("Limber-Catalogue-Version") + "-");
		assertThat(this.api.get("/api/v1/muscles").header("ETag")).isNotEqualTo(reply.header("ETag"));
	}

	@Test
	void shouldAnswerNotModifiedWithoutABodyWhenTheTagIsCurrent() {
		String etag = this.api.get("/api/v1/exercises/glute-bridge").header("ETag");
		LiveApi.Reply again = this.api.exchange("GET", "/api/v1/exercises/glute-bridge",
				Map.of("Accept", "application/json", "If-None-Match", etag));
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.header("ETag")).isEqualTo(etag);
		LiveApi.Reply stale = this.api.exchange("GET", "/api/v1/exercises/glute-bridge",
				Map.of("Accept", "application/json", "If-None-Match", "\"0000000000000000-000000000000000000000000\""));
		assertThat(stale.status()).isEqualTo(200);
		assertThat(stale.body()).contains("\"slug\":\"glute-bridge\"");
	}

	@Test
	void shouldAnswerARepeatedRequestFromTheResponseCacheWithTheSameBytes() {
		LiveApi.Reply first = this.api.get("/api/v1/exercises?goal=stretch&size=5&sort=duration");
		LiveApi.Reply again = this.api.get("/api/v1/exercises?goal=stretch&size=5&sort=duration");
		LiveApi.Reply reordered = this.api.get("/api/v1/exercises?sort=duration&size=5&goal=stretch");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(reordered.body()).isEqualTo(first.body());
		assertThat(reordered.header("ETag")).isEqualTo(first.header("ETag"));
		assertThat(again.header("X-Total-Count")).isEqualTo("20");
		assertThat(again.header("Link")).isEqualTo(first.header("Link"));
		assertSecurityHeaders(again);
		LiveApi.Reply other = this.api.get("/api/v1/exercises?goal=stretch&size=6&sort=duration");
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
		assertThat(this.api.get("/api/v1/sources").status()).isEqualTo(200);
		LiveApi.Reply xml = this.api.exchange("GET", "/api/v1/sources", Map.of("Accept", "application/xml"));
		assertThat(xml.status()).isEqualTo(406);
	}

	@Test
	void shouldNotCacheErrors() {
		LiveApi.Reply reply = this.api.get("/api/v1/exercises/splits");
		assertThat(reply.header("ETag")).isNull();
		assertThat(reply.header("Cache-Control")).isNull();
	}

	@Test
	void shouldSendTheCatalogueVersionAsAHeaderAndInInfo() {
		String version = this.api.get("/api/v1/sources").header("Limber-Catalogue-Version");
		assertThat(version).matches("[0-9a-f]{16}");
		LiveApi.Reply info = this.api.get("/actuator/info");
		assertThat(info.<String>json("$.catalogue.version")).isEqualTo(version);
		assertThat(info.<Integer>json("$.catalogue.exercises")).isEqualTo(30);
	}

	@Test
	void shouldGzipLargeJsonForClientsThatAcceptIt() {
		Map<String, String> gzip = Map.of("Accept", "application/json", "Accept-Encoding", "gzip");
		LiveApi.Reply compressed = this.api.exchange("GET", "/api/v1/exercises", gzip);
		assertThat(compressed.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(compressed.header("Vary")).contains("Accept-Encoding");
		assertThat(compressed.bytesOnTheWire()).isLessThan(compressed.body().length() / 2);
		LiveApi.Reply plain = this.api.get("/api/v1/exercises");
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(plain.body()).isEqualTo(compressed.body());
		// Each encoding is its own representation, with its own tag.
		assertThat(compressed.header("ETag")).isNotEqualTo(plain.header("ETag")).endsWith("-gzip\"");
		LiveApi.Reply revalidated = this.api.exchange("GET", "/api/v1/exercises",
				Map.of("Accept-Encoding", "gzip", "If-None-Match", compressed.header("ETag")));
		assertThat(revalidated.status()).isEqualTo(304);
	}

	@Test
	void shouldNotCompressSmallAnswersOrForClientsThatRefuseGzip() {
		LiveApi.Reply small = this.api.exchange("GET", "/api/v1/cautions/neutral-spine-under-load",
				Map.of("Accept-Encoding", "gzip"));
		assertThat(small.bytesOnTheWire()).isLessThan(1024);
		assertThat(small.header("Content-Encoding")).isNull();
		LiveApi.Reply refused = this.api.exchange("GET", "/api/v1/exercises", Map.of("Accept-Encoding", "gzip;q=0"));
		assertThat(refused.header("Content-Encoding")).isNull();
	}

	@Test
	void shouldAnswerACorsPreflightFromAnyOrigin() {
		LiveApi.Reply preflight = this.api.exchange("OPTIONS", "/api/v1/exercises",
				Map.of("Origin", "https://app.example", "Access-Control-Request-Method", "GET"));
		assertThat(preflight.status()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isIn("*", "https://app.example");
		assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD,OPTIONS");
		assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
		LiveApi.Reply refused = this.api.exchange("OPTIONS", "/api/v1/exercises",
				Map.of("Origin", "https://app.example", "Access-Control-Request-Method", "DELETE"));
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void shouldExposeTheCachingAndPagingHeadersToScripts() {
		LiveApi.Reply reply = this.api.exchange("GET", "/api/v1/exercises?size=5",
				Map.of("Origin", "https://app.example"));
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
		assertSecurityHeaders(this.api.exchange("GET", path, Map.of()));
	}

	@Test
	void shouldSendSecurityHeadersOnMethodNotAllowed() {
		LiveApi.Reply reply = this.api.exchange("DELETE", "/api/v1/goals", Map.of());
		assertThat(reply.status()).isEqualTo(405);
		assertSecurityHeaders(reply);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/h2-console", "/h2-console/", "/actuator/env", "/actuator/beans", "/actuator/heapdump" })
	void shouldNotExposeTheDatabaseConsoleOrOperationalEndpoints(String path) {
		assertThat(this.api.exchange("GET", path, Map.of()).status()).isEqualTo(404);
	}

	@Test
	void shouldReportHealthWithEachComponentsStatusButNoDetails() {
		LiveApi.Reply health = this.api.get("/actuator/health");
		assertThat(health.<String>json("$.status")).isEqualTo("UP");
		assertThat(health.<String>json("$.components.db.status")).isEqualTo("UP");
		assertThat(health.<String>json("$.components.catalogue.status")).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("details").doesNotContain("H2").doesNotContain("validationQuery");
		assertThat(this.api.get("/actuator/health/db").body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void shouldRunWithoutOpenSessionInViewAndShutDownGracefully() {
		assertThat(this.environment.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
		assertThat(this.environment.getProperty("server.shutdown")).isEqualTo("graceful");
	}

	@Test
	void shouldRejectAnOverlongQueryStringWithAProblem() {
		LiveApi.Reply reply = this.api.get("/api/v1/exercises?q=" + "a".repeat(9000));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.<String>json("$.type")).isEqualTo("urn:limber:problem:bad-request");
		assertSecurityHeaders(reply);
	}

	@Test
	void shouldRejectOversizedHeadersWithAProblem() {
		LiveApi.Reply reply = this.api.exchange("GET", "/api/v1/goals", Map.of("X-Padding", "a".repeat(9000)));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void shouldBoundConnectionsAndKeepTheirBuffersOutOfTheHeap(@Autowired WebServerApplicationContext context) {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		assertThat(String.valueOf(connector.getProperty("socket.directBuffer"))).isEqualTo("true");
		assertThat(String.valueOf(connector.getProperty("maxConnections"))).isEqualTo("512");
	}

	@Test
	void shouldRejectTooManyParametersWithAProblem() {
		String query = String.join("&", java.util.Collections.nCopies(70, "goal=stretch"));
		LiveApi.Reply reply = this.api.get("/api/v1/exercises?" + query);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.<String>json("$.detail")).contains("at most 64");
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

	private static void assertSecurityHeaders(LiveApi.Reply reply) {
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

}
