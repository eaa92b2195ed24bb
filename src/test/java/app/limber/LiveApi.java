package app.limber;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the running application over real HTTP and checks every response it gets
 * against the OpenAPI document the application serves: a response the document does not
 * describe fails the test.
 */
final class LiveApi {

	// One client for every test, and one contract per document: each test fetches the
	// document its server serves, but parses and compiles its schemas only once.
	private static final HttpClient client = HttpClient.newHttpClient();

	private static final Map<String, OpenApiContract> contracts = new ConcurrentHashMap<>();

	private final String base;

	private final OpenApiContract contract;

	LiveApi(int port) {
		this.base = "http://localhost:" + port;
		String spec = text(send("GET", "/v3/api-docs", Map.of()));
		this.contract = contracts.computeIfAbsent(spec, OpenApiContract::new);
	}

	/**
	 * The served OpenAPI document this client checks answers against.
	 * @return the contract
	 */
	OpenApiContract contract() {
		return this.contract;
	}

	/**
	 * Sends a GET with {@code Accept: application/json} and checks the response against
	 * the contract.
	 */
	Reply get(String pathAndQuery) {
		return exchange("GET", pathAndQuery, Map.of("Accept", "application/json"));
	}

	Reply exchange(String method, String pathAndQuery, Map<String, String> headers) {
		HttpResponse<byte[]> response = send(method, pathAndQuery, headers);
		Reply reply = new Reply(response.statusCode(), response.headers().map(), text(response),
				response.body().length);
		if (pathAndQuery.startsWith("/api/") && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
			check(method, pathAndQuery, reply);
		}
		return reply;
	}

	private void check(String method, String pathAndQuery, Reply reply) {
		URI uri = URI.create(pathAndQuery);
		assertThat(this.contract.violations(method, uri.getRawPath(), reply.status(), reply.header("Content-Type"),
				reply.body()))
			.as("%s %s -> %d conforms to /v3/api-docs", method, pathAndQuery, reply.status())
			.isEmpty();
	}

	private HttpResponse<byte[]> send(String method, String pathAndQuery, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// The body as a client sees it once decoded: gzip is undone, and the bytes on the
	// wire are kept for tests about compression.
	private static String text(HttpResponse<byte[]> response) {
		boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
		if (!gzip) {
			return new String(response.body(), StandardCharsets.UTF_8);
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A response: status, headers and body, with JSON path look-ups.
	 */
	record Reply(int status, Map<String, List<String>> headers, String body, int bytesOnTheWire) {

		<T> T json(String path) {
			return JsonPath.read(this.body, path);
		}

		List<String> slugs() {
			return json("$.items[*].slug");
		}

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> String.join(", ", entry.getValue()))
				.findFirst()
				.orElse(null);
		}

	}

}
