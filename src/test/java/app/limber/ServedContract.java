package app.limber;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.http.server.LocalTestWebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test client ({@code RestTestClient}) for the running application, held to the
 * OpenAPI document the application serves: every answer under {@code /api/} that the
 * document does not describe fails the test that asked for it.
 */
@TestConfiguration(proxyBeanMethods = false)
class ServedContract {

	// Parsed and compiled once per document, not once per context.
	private static final Map<String, OpenApiContract> contracts = new ConcurrentHashMap<>();

	private final ObjectProvider<RestTestClient> client;

	private volatile OpenApiContract contract;

	ServedContract(ObjectProvider<RestTestClient> client) {
		this.client = client;
	}

	/**
	 * The document the application serves at {@code /v3/api-docs}, fetched the first time
	 * it is needed.
	 * @return the contract
	 */
	OpenApiContract contract() {
		if (this.contract == null) {
			this.contract = contracts.computeIfAbsent(document(), OpenApiContract::new);
		}
		return this.contract;
	}

	/**
	 * The document as the application serves it at {@code /v3/api-docs}.
	 * @return the JSON text
	 */
	String document() {
		return this.client.getObject()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	// Boot's client, but sending what a test writes and nothing more: the JDK client
	// Spring picks would ask for gzip on every request and unzip answers out of sight.
	@Bean
	RestTestClient restTestClient(ApplicationContext context) {
		JdkClientHttpRequestFactory plain = new JdkClientHttpRequestFactory();
		plain.enableCompression(false);
		return RestTestClient.bindToServer(plain)
			.uriBuilderFactory(LocalTestWebServer.get(context).uriBuilderFactory())
			.requestInterceptor(this::checked)
			.build();
	}

	private ClientHttpResponse checked(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ClientHttpResponse response = execution.execute(request, body);
		URI uri = request.getURI();
		if (!uri.getRawPath().startsWith("/api/") || HttpMethod.HEAD.equals(request.getMethod())
				|| HttpMethod.OPTIONS.equals(request.getMethod())) {
			return response;
		}
		byte[] content;
		try (InputStream in = response.getBody()) {
			content = in.readAllBytes();
		}
		int status = response.getStatusCode().value();
		String method = request.getMethod().name();
		assertThat(contract().violations(method, uri.getRawPath(), status,
				response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), text(response.getHeaders(), content)))
			.as("%s %s -> %d conforms to /v3/api-docs", method, uri, status)
			.isEmpty();
		return new Read(response, content);
	}

	/**
	 * The body as a client reads it: gzip undone.
	 * @param headers the response headers
	 * @param content the bytes on the wire
	 * @return the text
	 */
	static String text(HttpHeaders headers, byte[] content) {
		if (!"gzip".equalsIgnoreCase(headers.getFirst(HttpHeaders.CONTENT_ENCODING))) {
			return new String(content, StandardCharsets.UTF_8);
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// The response with its body already read, for the test client to read again.
	private record Read(ClientHttpResponse response, byte[] content) implements ClientHttpResponse {

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.getHeaders();
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.content);
		}

		@Override
		public void close() {
			this.response.close();
		}

	}

}
