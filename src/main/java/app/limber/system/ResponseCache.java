package app.limber.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Finished API answers, ready to send again. The catalogue never changes while Limber
 * runs, so an answer depends only on the request: its path, its query (parameters in a
 * normal order), whether it accepts gzip, its {@code Accept} and its {@code Origin}. The
 * cache is bounded by the bytes it holds (Caffeine evicts the least useful).
 */
class ResponseCache {

	private final Cache<Key, Answer> answers;

	ResponseCache(long maxBytes) {
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Answer answer) -> answer.weight() + key.weight())
			.build();
	}

	Answer get(Key key) {
		return this.answers.getIfPresent(key);
	}

	void put(Key key, Answer answer) {
		this.answers.put(key, answer);
	}

	/**
	 * What a cached answer depends on.
	 *
	 * @param path the request path as sent
	 * @param query the query parameters, sorted by name, each name's values in order
	 * @param gzip whether the client accepts gzip
	 * @param accept the {@code Accept} header as sent
	 * @param origin the {@code Origin} header as sent
	 */
	record Key(String path, String query, boolean gzip, String accept, String origin) {

		static Key of(HttpServletRequest request, boolean gzip) {
			return new Key(request.getRequestURI(), normalQuery(request.getQueryString()), gzip,
					request.getHeader(HttpHeaders.ACCEPT), request.getHeader(HttpHeaders.ORIGIN));
		}

		// The same parameters in another order are the same request; the order of one
		// parameter's values is kept, as it may matter.
		private static String normalQuery(String query) {
			if (query == null || query.isEmpty()) {
				return "";
			}
			List<String> pairs = new ArrayList<>(List.of(query.split("&")));
			pairs.sort(Comparator.comparing((String pair) -> {
				int equals = pair.indexOf('=');
				return (equals < 0) ? pair : pair.substring(0, equals);
			}));
			return String.join("&", pairs);
		}

		int weight() {
			return 64 + this.path.length() + this.query.length() + length(this.accept) + length(this.origin);
		}

		private static int length(String text) {
			return (text != null) ? text.length() : 0;
		}

	}

	/**
	 * A finished answer: its headers, its tag and its body as sent (gzipped or not).
	 *
	 * @param headers every header Limber set, in order
	 * @param etag the representation's tag
	 * @param body the body bytes
	 */
	record Answer(List<Map.Entry<String, String>> headers, String etag, byte[] body) {

		int weight() {
			return 256 + this.body.length + this.headers.size() * 64;
		}

	}

}
