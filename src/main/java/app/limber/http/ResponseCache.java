package app.limber.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Finished API answers, ready to send again. For one catalogue version an answer depends
 * only on the request: the scheme, host and port it came to (absolute links, as a
 * calendar feed's, are made from them), its path, its query (parameters in a normal
 * order), whether it accepts gzip, its {@code Accept} and its {@code Origin}. Each answer
 * records the version it was made from; when another version is swapped in, the cache
 * empties, and an answer made from an older version (by a request that started before the
 * swap) is neither sent nor kept. The cache is bounded by the bytes it holds (Caffeine
 * evicts the least useful).
 * <p>
 * Hand-written around Caffeine rather than Spring's cache abstraction because what it
 * keeps is a whole HTTP answer, headers as ready-made bytes, sent before Spring MVC runs
 * (site page performance.md).
 */
class ResponseCache {

	// Compiled once: cached answers are looked up on every API request.
	private static final Pattern PARAMETER_SEPARATOR = Pattern.compile("\\s*;\\s*");

	private static final Pattern ZERO_QUALITY = Pattern.compile("(?i)q=0(\\.0*)?");

	/** Requests remembered as seen: 2^16 slots, 512 KiB. */
	private static final int SEEN_BITS = 16;

	private final long[] seen = new long[1 << SEEN_BITS];

	private final Cache<Key, Answer> answers;

	private final Supplier<String> liveVersion;

	private volatile String version;

	/**
	 * A cache that follows the catalogue being served.
	 * @param maxBytes about how much heap the answers may take
	 * @param liveVersion the version swapped in last, asked on every look-up
	 */
	ResponseCache(long maxBytes, Supplier<String> liveVersion) {
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Answer answer) -> answer.weight() + key.weight())
			// Upkeep on the request thread that kept an answer: handed to the common
			// pool, it woke another thread for every answer kept, which cost more than
			// the upkeep itself (a long-tail profile: 1.5 % of the CPU to schedule it).
			.executor(Runnable::run)
			.build();
		this.liveVersion = liveVersion;
	}

	/**
	 * The version answers are kept for.
	 * @return the version swapped in last
	 */
	String liveVersion() {
		String live = this.liveVersion.get();
		if (!live.equals(this.version)) {
			follow(live);
		}
		return live;
	}

	/**
	 * A finished answer to a request, made from a catalogue version.
	 * @param key the request
	 * @param version the version the request is answered from
	 * @return the answer, or {@code null} if none is kept for that version
	 */
	Answer get(Key key, String version) {
		if (!version.equals(liveVersion())) {
			return null;
		}
		return kept(key, version);
	}

	/**
	 * A finished answer to a request, made from the version being served.
	 * @param key the request
	 * @return the answer, or {@code null} if none is kept
	 */
	Answer get(Key key) {
		return kept(key, liveVersion());
	}

	private Answer kept(Key key, String version) {
		Answer answer = this.answers.getIfPresent(key);
		return (answer != null && answer.version().equals(version)) ? answer : null;
	}

	/**
	 * Keeps an answer, if it was made from the version being served.
	 * @param key the request
	 * @param answer the answer
	 */
	void put(Key key, Answer answer) {
		if (answer.version().equals(liveVersion()) && seenBefore(key)) {
			this.answers.put(key, answer);
		}
	}

	// Most of the long tail (search as you type, filter panels, seeded routines) never
	// comes again: an answer is kept the second time its request comes, not the first.
	// Keeping every answer churned the cache through the old generation and caused a full
	// collection every second or two under the long tail (site page performance.md). One
	// hash per slot: a collision at worst keeps an answer early or late.
	private boolean seenBefore(Key key) {
		long hash = key.hashCode() * 0x9E3779B97F4A7C15L;
		int slot = (int) (hash >>> (Long.SIZE - SEEN_BITS));
		if (this.seen[slot] == hash) {
			return true;
		}
		this.seen[slot] = hash;
		return false;
	}

	private synchronized void follow(String live) {
		if (!live.equals(this.version)) {
			this.version = live;
			this.answers.invalidateAll();
		}
	}

	/**
	 * How much the cache holds once pending evictions are done, by its weights.
	 * @return the weighted size, roughly bytes of heap
	 */
	long weightedSize() {
		this.answers.cleanUp();
		return this.answers.policy().eviction().orElseThrow().weightedSize().orElseThrow();
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
				String[] parts = PARAMETER_SEPARATOR.split(coding.strip());
				boolean named = "gzip".equalsIgnoreCase(parts[0]) || "x-gzip".equalsIgnoreCase(parts[0]);
				if (named && (parts.length == 1 || !ZERO_QUALITY.matcher(parts[1]).matches())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What a cached answer depends on.
	 *
	 * @param server the scheme, host and port the request came to, as forwarded headers
	 * have them where the operator enables them
	 * ({@code server.forward-headers-strategy}): Tomcat's {@code native} valve has set
	 * them before this key is made, and Spring's {@code framework} filter, which runs
	 * later, reads the headers named here
	 * @param path the request path as sent
	 * @param query the query parameters, sorted by name, each name's values in order
	 * @param gzip whether the client accepts gzip
	 * @param accept the {@code Accept} header as sent
	 * @param origin the {@code Origin} header as sent
	 */
	record Key(String server, String path, String query, boolean gzip, String accept, String origin) {

		/**
		 * The name of the request attribute that holds a request's key once it is worked
		 * out: the valve works it out, and the caching filter reuses it.
		 */
		static final String ATTRIBUTE = Key.class.getName();

		// What Spring's ForwardedHeaderFilter reads.
		private static final List<String> FORWARDED = List.of("Forwarded", "X-Forwarded-Host", "X-Forwarded-Port",
				"X-Forwarded-Proto", "X-Forwarded-Ssl", "X-Forwarded-Prefix");

		// Parameters by name; a stable sort keeps the order of one name's values.
		private static final Comparator<String> BY_NAME = Key::compareNames;

		static Key of(HttpServletRequest request) {
			return new Key(server(request), request.getRequestURI(), normalQuery(request.getQueryString()),
					acceptsGzip(request), request.getHeader(HttpHeaders.ACCEPT), request.getHeader(HttpHeaders.ORIGIN));
		}

		private static String server(HttpServletRequest request) {
			StringBuilder server = new StringBuilder(32).append(request.getScheme())
				.append("://")
				.append(request.getServerName())
				.append(':')
				.append(request.getServerPort());
			for (String header : FORWARDED) {
				String value = request.getHeader(header);
				if (value != null) {
					server.append('\n').append(header).append(": ").append(value);
				}
			}
			return server.toString();
		}

		/**
		 * The key of a request, as worked out earlier for it if it was.
		 * @param request the request
		 * @return its key
		 */
		static Key from(HttpServletRequest request) {
			return (request.getAttribute(ATTRIBUTE) instanceof Key key) ? key : of(request);
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
			String[] pairs = query.split("&");
			Arrays.sort(pairs, BY_NAME);
			return String.join("&", pairs);
		}

		// Compares two pairs' names, as String.compareTo compares the names alone.
		private static int compareNames(String pair, String other) {
			int length = nameLength(pair);
			int otherLength = nameLength(other);
			for (int i = 0; i < Math.min(length, otherLength); i++) {
				char c = pair.charAt(i);
				char o = other.charAt(i);
				if (c != o) {
					return c - o;
				}
			}
			return length - otherLength;
		}

		private static int nameLength(String pair) {
			int equals = pair.indexOf('=');
			return (equals < 0) ? pair.length() : equals;
		}

		// Written out, as every look-up hashes a key and every hit compares one: a
		// record's own equals and hashCode go through method handles.
		@Override
		public boolean equals(Object other) {
			return (other instanceof Key key) && this.gzip == key.gzip && this.path.equals(key.path)
					&& this.query.equals(key.query) && this.server.equals(key.server)
					&& Objects.equals(this.accept, key.accept) && Objects.equals(this.origin, key.origin);
		}

		@Override
		public int hashCode() {
			int hash = this.server.hashCode();
			hash = 31 * hash + this.path.hashCode();
			hash = 31 * hash + this.query.hashCode();
			hash = 31 * hash + Boolean.hashCode(this.gzip);
			hash = 31 * hash + Objects.hashCode(this.accept);
			return 31 * hash + Objects.hashCode(this.origin);
		}

		// The key's strings (Latin-1 or UTF-16) and the objects around them.
		int weight() {
			return 200 + 2 * (this.server.length() + this.path.length() + this.query.length() + length(this.accept)
					+ length(this.origin));
		}

		private static int length(String text) {
			return (text != null) ? text.length() : 0;
		}

	}

	/**
	 * A finished answer: its header lines and its tag as the bytes HTTP/1.1 sends (so
	 * that Tomcat need not encode them on every request), and its body as sent (gzipped
	 * or not).
	 */
	static final class Answer {

		private final List<WireHeader> wireHeaders;

		private final String etag;

		private final byte[] body;

		private final String version;

		private final String route;

		/**
		 * A finished answer.
		 * @param version the catalogue version it was made from
		 * @param route the route the request matched, for metrics; {@code null} if none
		 * @param headers every header Limber set, in order, one line per name
		 * @param etag the representation's tag
		 * @param body the body bytes
		 */
		Answer(String version, String route, Map<String, String> headers, String etag, byte[] body) {
			this.version = version;
			this.route = route;
			List<WireHeader> wire = new ArrayList<>(headers.size() + 1);
			headers.forEach((name, value) -> wire.add(WireHeader.of(name, value)));
			wire.add(WireHeader.of(HttpHeaders.ETAG, etag));
			this.wireHeaders = List.copyOf(wire);
			this.etag = etag;
			this.body = body;
		}

		/**
		 * The headers Limber set, without the tag.
		 * @return the headers, in order
		 */
		List<WireHeader> headers() {
			return this.wireHeaders.subList(0, this.wireHeaders.size() - 1);
		}

		String etag() {
			return this.etag;
		}

		String version() {
			return this.version;
		}

		String route() {
			return this.route;
		}

		byte[] body() {
			return this.body;
		}

		/**
		 * The headers of a full (200) answer: those Limber set, then the tag.
		 * @return the headers, in order
		 */
		List<WireHeader> wireHeaders() {
			return this.wireHeaders;
		}

		/**
		 * Sends the body, or for {@code HEAD} only its length.
		 * @param response the response
		 * @param head whether the request is a {@code HEAD}
		 * @throws IOException if the client has gone
		 */
		void sendBody(HttpServletResponse response, boolean head) throws IOException {
			response.setContentLength(this.body.length);
			if (!head) {
				// One buffer for the whole body: written to the socket in one go.
				response.setBufferSize(this.body.length);
				response.getOutputStream().write(this.body);
			}
		}

		// Roughly the heap the entry takes: the body, each header's two arrays and its
		// record, the tag, and the objects around them.
		int weight() {
			int weight = 160 + 2 * this.etag.length() + this.body.length;
			for (WireHeader header : this.wireHeaders) {
				weight += 72 + header.name().length + header.value().length;
			}
			return weight;
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

		String nameText() {
			return new String(this.name, StandardCharsets.ISO_8859_1);
		}

		String valueText() {
			return new String(this.value, StandardCharsets.ISO_8859_1);
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
