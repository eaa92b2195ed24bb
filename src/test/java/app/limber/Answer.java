package app.limber;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * An answer the test client received, read as a client reads it: status, headers, the
 * body with gzip undone, and JSON paths into it.
 */
record Answer(int status, EntityExchangeResult<byte[]> result, String body) {

	static Answer of(RestTestClient.ResponseSpec response) {
		EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
		byte[] content = (result.getResponseBody() != null) ? result.getResponseBody() : new byte[0];
		return new Answer(result.getStatus().value(), result,
				ServedContract.text(result.getResponseHeaders(), content));
	}

	<T> T json(String path) {
		return JsonPath.read(this.body, path);
	}

	List<String> slugs() {
		return json("$.items[*].slug");
	}

	/**
	 * A header's values, joined as one line.
	 * @param name the header, in any case
	 * @return the value, or {@code null} when the answer has no such header
	 */
	String header(String name) {
		List<String> values = this.result.getResponseHeaders().get(name);
		return (values != null) ? String.join(", ", values) : null;
	}

	int bytesOnTheWire() {
		return (this.result.getResponseBody() != null) ? this.result.getResponseBody().length : 0;
	}

}
