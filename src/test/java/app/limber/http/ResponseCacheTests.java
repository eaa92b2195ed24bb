package app.limber.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTests {

	private static final Map<String, String> HEADERS = headers();

	@Test
	void shouldStayWithinItsBudgetWhenManyDistinctAnswersArrive() {
		ResponseCache cache = new ResponseCache(64 * 1024, () -> "v1");
		for (int i = 0; i < 1000; i++) {
			cache.put(key("q=word" + i), answer(1024));
			cache.put(key("q=word" + i), answer(1024));
		}
		assertThat(cache.weightedSize()).isBetween(32L * 1024, 64L * 1024);
	}

	@Test
	void shouldKeepAnAnswerTheSecondTimeItsRequestComesNotTheFirst() {
		ResponseCache cache = new ResponseCache(64 * 1024, () -> "v1");
		for (int i = 0; i < 100; i++) {
			cache.put(key("q=once" + i), answer(1024));
		}
		assertThat(cache.weightedSize()).isZero();
		cache.put(key("q=twice"), answer(1024));
		assertThat(cache.get(key("q=twice"))).isNull();
		cache.put(key("q=twice"), answer(1024));
		assertThat(cache.get(key("q=twice"))).isNotNull();
	}

	@Test
	void shouldWeighAnAnswerByItsBodyAndHeaders() {
		ResponseCache.Answer small = answer(100);
		ResponseCache.Answer large = answer(10_000);
		assertThat(large.weight() - small.weight()).isEqualTo(9_900);
		int headerBytes = 0;
		for (ResponseCache.WireHeader header : small.wireHeaders()) {
			headerBytes += header.name().length + header.value().length;
		}
		assertThat(small.weight()).isGreaterThan(100 + headerBytes);
	}

	@Test
	void shouldTreatTheSameParametersInAnotherOrderAsTheSameRequest() {
		assertThat(key("goal=stretch&size=5&goal=stabilise")).isEqualTo(key("size=5&goal=stretch&goal=stabilise"))
			.isNotEqualTo(key("size=5&goal=stabilise&goal=stretch"));
	}

	@Test
	void shouldOrderParametersByTheirWholeName() {
		assertThat(key("sort=name&size=5&q=pir&page=0")).isEqualTo(key("q=pir&page=0&size=5&sort=name"));
		assertThat(key("ab=1&a=2&a=3")).isEqualTo(key("a=2&ab=1&a=3")).isNotEqualTo(key("a=3&ab=1&a=2"));
		assertThat(key("a=2&ab=1").query()).isEqualTo("a=2&ab=1");
	}

	@Test
	void shouldKeepHeadersAsTheBytesTomcatWouldSend() {
		ResponseCache.WireHeader header = ResponseCache.WireHeader.of("Link", "</a>;\r\n rel=\"next\"\tnow");
		assertThat(new String(header.value(), StandardCharsets.ISO_8859_1)).isEqualTo("</a>;   rel=\"next\"\tnow");
		assertThat(header.valueText()).isEqualTo("</a>;   rel=\"next\"\tnow");
		assertThat(answer(10).wireHeaders()).last()
			.satisfies((etag) -> assertThat(etag.nameText() + ": " + etag.valueText()).isEqualTo("ETag: \"v1-abc\""));
	}

	private static Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("Cache-Control", "max-age=3600, public");
		headers.put("Limber-Catalogue-Version", "51ba3b0c6cd390d9");
		return headers;
	}

	private static ResponseCache.Key key(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/exercises");
		request.setQueryString(query);
		request.addHeader("Accept", "application/json");
		return ResponseCache.Key.of(request);
	}

	private static ResponseCache.Answer answer(int bodyLength) {
		return new ResponseCache.Answer("v1", null, HEADERS, "\"v1-abc\"", new byte[bodyLength]);
	}

}
