package app.limber.http;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

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
