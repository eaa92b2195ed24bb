package app.limber.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
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
	 * Whether a request's {@code Accept-Encoding} accepts gzip (a {@code q} of zero
	 * refuses it).
	 * @param request the request
	 * @return {@code true} if a gzipped answer may be sent
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		for (Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); headers
			.hasMoreElements();) {
			for (String coding : headers.nextElement().split(",")) {
				String[] parts = coding.strip().split("\\s*;\\s*");
				boolean named = "gzip".equalsIgnoreCase(parts[0]) || "x-gzip".equalsIgnoreCase(parts[0]);
				if (named && (parts.length == 1 || !parts[1].matches("(?i)q=0(\\.0*)?"))) {
					return true;
				}
			}
		}
		return false;
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

		static Key of(HttpServletRequest request) {
			return new Key(request.getRequestURI(), normalQuery(request.getQueryString()), acceptsGzip(request),
					request.getHeader(HttpHeaders.ACCEPT), request.getHeader(HttpHeaders.ORIGIN));
		}

		// The same parameters in another order are the same request; the order of one
		// parameter's values is kept, as it may matter.
		private static String normalQuery(String query) {
			if (query == null || query.isEmpty()) {
				return "";
			}
			if (query.indexOf('&') < 0) {
				return query;
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
	 * A finished answer: its headers, its tag and its body as sent (gzipped or not). The
	 * headers and the tag are also kept as the bytes HTTP/1.1 sends, so that Tomcat need
	 * not encode them on every request.
	 */
	static final class Answer {

		private final List<Map.Entry<String, String>> headers;

		private final String etag;

		private final byte[] body;

		private final List<WireHeader> wireHeaders;

		/**
		 * A finished answer.
		 * @param headers every header Limber set, in order, one line per name
		 * @param etag the representation's tag
		 * @param body the body bytes
		 */
		Answer(List<Map.Entry<String, String>> headers, String etag, byte[] body) {
			this.headers = List.copyOf(headers);
			this.etag = etag;
			this.body = body;
			List<WireHeader> wire = new ArrayList<>(headers.size() + 1);
			for (Map.Entry<String, String> header : headers) {
				wire.add(WireHeader.of(header.getKey(), header.getValue()));
			}
			wire.add(WireHeader.of(HttpHeaders.ETAG, etag));
			this.wireHeaders = List.copyOf(wire);
		}

		List<Map.Entry<String, String>> headers() {
			return this.headers;
		}

		String etag() {
			return this.etag;
		}

		byte[] body() {
			return this.body;
		}

		/**
		 * The headers of a full (200) answer, tag included, as bytes.
		 * @return the headers, in order
		 */
		List<WireHeader> wireHeaders() {
			return this.wireHeaders;
		}

		int weight() {
			return 256 + this.body.length + this.headers.size() * 128;
		}

	}

	/**
	 * A header line's name and value in ISO-8859-1, with control characters other than
	 * tab replaced by spaces as Tomcat does for the values it encodes itself.
	 *
	 * @param name the name's bytes
	 * @param value the value's bytes
	 */
	record WireHeader(byte[] name, byte[] value) {

		static WireHeader of(String name, String value) {
			return new WireHeader(bytes(name), bytes(value));
		}

		private static byte[] bytes(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
			for (int i = 0; i < bytes.length; i++) {
				if ((bytes[i] >= 0 && bytes[i] <= 31 && bytes[i] != '\t') || bytes[i] == 127) {
					bytes[i] = ' ';
				}
			}
			return bytes;
		}

	}

}
