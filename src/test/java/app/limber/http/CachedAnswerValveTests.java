package app.limber.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Repeat requests are answered by the valve, before any servlet filter: the filters (and
 * Spring MVC behind them) see each distinct request once, and revalidations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class CachedAnswerValveTests {

	@Autowired
	private RestTestClient http;

	@Autowired
	private AtomicInteger requestsThroughFilters;

	@LocalServerPort
	private int port;

	@Test
	void shouldAnswerARepeatedRequestBeforeTheFilters() {
		int before = this.requestsThroughFilters.get();
		String etag = this.http.get()
			.uri("/api/v1/muscles?region=glutes")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		assertThat(this.requestsThroughFilters.get()).isEqualTo(before + 1);
		// Kept the second time it comes, and from then on sent by the valve.
		this.http.get().uri("/api/v1/muscles?region=glutes").exchange().expectStatus().isOk();
		assertThat(this.requestsThroughFilters.get()).isEqualTo(before + 2);

		for (int i = 0; i < 3; i++) {
			this.http.get()
				.uri("/api/v1/muscles?region=glutes")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, etag)
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff");
		}
		this.http.head().uri("/api/v1/muscles?region=glutes").exchange().expectStatus().isOk();
		assertThat(this.requestsThroughFilters.get()).isEqualTo(before + 2);

		this.http.get()
			.uri("/api/v1/muscles?region=glutes")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		assertThat(this.requestsThroughFilters.get()).isEqualTo(before + 3);
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET  | /api/v1/exercises?q=bridge&size=7         | identity
			GET  | /api/v1/exercises?goal=stretch&size=30     | gzip
			HEAD | /api/v1/exercises?position=seated&size=9   | identity
			GET  | /api/v1/routines?minutes=12&goal=stabilise | identity
			""")
	void shouldSendANewAnswerAsItSendsItsRepeats(String method, String path, String encoding) throws IOException {
		// The first answer is made by the filters and Spring MVC (or a direct route),
		// the third is the kept one: byte for byte the same but for the date, headers in
		// the same order.
		String first = withoutDate(exchange(method, path, encoding));
		exchange(method, path, encoding);
		String third = withoutDate(exchange(method, path, encoding));
		assertThat(first).startsWith("HTTP/1.1 200 ").contains("ETag: ").isEqualTo(third);
	}

	@Test
	void shouldEndEachAnswerWithItsLengthAndTheDateAsTomcatDoes() throws IOException {
		// New (first), new again (second) and kept (third): all sent by the valve, which
		// writes the two headers Tomcat would otherwise add itself.
		for (int i = 0; i < 3; i++) {
			String answer = exchange("GET", "/api/v1/exercises?q=hip&size=3", "identity");
			int end = answer.indexOf("\r\n\r\n");
			// Tomcat closes the connection, as asked, with a last header of its own.
			List<String> lines = List.of(answer.substring(0, end).split("\r\n"))
				.stream()
				.filter((line) -> !line.equals("Connection: close"))
				.toList();
			String body = answer.substring(end + 4);
			assertThat(lines.subList(lines.size() - 2, lines.size())).as("answer %d", i + 1)
				.satisfiesExactly((length) -> assertThat(length).isEqualTo("Content-Length: " + body.length()),
						(date) -> assertThat(ZonedDateTime.parse(date.substring("Date: ".length()), RFC_1123_DATE_TIME))
							.isCloseTo(ZonedDateTime.now(ZoneOffset.UTC), within(1, ChronoUnit.MINUTES)));
			assertThat(lines).filteredOn((line) -> line.startsWith("Date:") || line.startsWith("Content-Length:"))
				.hasSize(2);
		}
	}

	private String exchange(String method, String path, String encoding) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: " + encoding
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static String withoutDate(String response) {
		return response.replaceFirst("\r\nDate: [^\r]*", "");
	}

	@Test
	void shouldSendEveryOtherRequestThroughTheFilters() {
		int before = this.requestsThroughFilters.get();
		this.http.get().uri("/api/v1/exercises/no-such-exercise").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/exercises/no-such-exercise").exchange().expectStatus().isNotFound();
		this.http.options()
			.uri("/api/v1/goals")
			.header(HttpHeaders.ORIGIN, "https://app.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.requestsThroughFilters.get()).isEqualTo(before + 3);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingFilter {

		@Bean
		AtomicInteger requestsThroughFilters() {
			return new AtomicInteger();
		}

		@Bean
		FilterRegistrationBean<Filter> countingFilter(AtomicInteger requestsThroughFilters) {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				requestsThroughFilters.incrementAndGet();
				chain.doFilter(request, response);
			});
			registration.addUrlPatterns("/api/*");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
