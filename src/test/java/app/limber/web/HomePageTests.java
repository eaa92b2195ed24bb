package app.limber.web;

import app.limber.LimberServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@LimberServerTest
class HomePageTests {

	@Autowired
	private RestTestClient http;

	@Test
	void shouldRedirectTheRootToSwaggerUi() {
		this.http.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).endsWith("/swagger-ui.html"))
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void shouldKeepTheRootOutOfTheOpenApiDocument() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/']")
			.doesNotExist();
	}

}
