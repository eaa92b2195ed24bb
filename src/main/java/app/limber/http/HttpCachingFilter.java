package app.limber.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

import app.limber.catalogue.model.ReadModel;
import app.limber.web.HttpHeadersNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.Compression;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes successful API answers cacheable and compact: a strong {@code ETag} from the
 * catalogue's version and the bytes of the representation, {@code Cache-Control: public,
 * max-age} unless the endpoint set its own, a 304 with no body when {@code If-None-Match}
 * names the current tag (Spring's own precondition check decides), and gzip when the
 * client accepts it, as {@code server.compression.*} says (Tomcat compresses every other
 * answer by the same properties, but not one with a strong tag). Every API answer names
 * the catalogue version. Finished answers are kept in a {@link ResponseCache} and sent
 * again without running the request through Spring MVC: here when the client revalidates,
 * by {@link CachedAnswerValve} otherwise. A new answer to a request the valve looked up
 * is sent by the valve too, once the filters are done, its headers as ready-made bytes:
 * Tomcat encoding them from strings, character by character, was a twentieth of a
 * long-tail answer's CPU. Spring's {@code ShallowEtagHeaderFilter} tags with an MD5 of
 * every answer, and neither it nor Tomcat compresses a strongly tagged answer, hence this
 * filter (site page performance.md).
 */
class HttpCachingFilter extends OncePerRequestFilter {

	private final Supplier<ReadModel> readModel;

	private final String cacheControl;

	private final ResponseCache cache;

	// Bodies smaller than this are not worth compressing; with compression off, none is.
	private final long compressFrom;

	HttpCachingFilter(Supplier<ReadModel> readModel, ResponseCache cache, HttpProperties properties,
			Compression compression) {
		this.readModel = readModel;
		this.cache = cache;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
		this.compressFrom = compression.getEnabled() ? compression.getMinResponseSize().toBytes() : Long.MAX_VALUE;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// One catalogue version for the whole request: its header, its tag and its body.
		ReadModel model = this.readModel.get();
		String version = model.pin().version().shortHash();
		try {
			answer(request, response, chain, version);
		}
		finally {
			model.unpin();
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String version)
			throws ServletException, IOException {
		response.setHeader(HttpHeadersNames.CATALOGUE_VERSION, version);
		boolean head = "HEAD".equals(request.getMethod());
		if (!head && !"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ResponseCache.Key key = ResponseCache.Key.from(request);
		ResponseCache.Answer cached = this.cache.get(key, version);
		if (cached != null) {
			// Timed by the observation filter, when metrics are on, under its route.
			if (cached.route() != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent((context) -> context.setPathPattern(cached.route()));
			}
			send(cached, request, response, head);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted()) {
			wrapper.copyBodyToResponse();
			return;
		}
		byte[] body = wrapper.getContentAsByteArray();
		// Tomcat will not compress a response with a strong ETag, rightly: each encoding
		// is its own representation with its own tag. So compress here, and tag each.
		boolean compress = key.gzip() && body.length >= this.compressFrom;
		String etag = "\"" + version + "-" + digest(body) + (compress ? "-gzip" : "") + "\"";
		// One header line per name, list values joined: fewer lines to write each time.
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : new LinkedHashSet<>(wrapper.getHeaderNames())) {
			if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && !HttpHeaders.VARY.equalsIgnoreCase(name)) {
				headers.put(name, String.join(", ", wrapper.getHeaders(name)));
			}
		}
		headers.put(HttpHeaders.CONTENT_TYPE, String.valueOf(wrapper.getContentType()));
		// An endpoint may say how long its answers keep (a calendar feed: a day).
		if (wrapper.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			headers.put(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		}
		Set<String> vary = new LinkedHashSet<>(wrapper.getHeaders(HttpHeaders.VARY));
		vary.add(HttpHeaders.ACCEPT_ENCODING);
		headers.put(HttpHeaders.VARY, String.join(", ", vary));
		if (compress) {
			headers.put(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		ResponseCache.Answer answer = new ResponseCache.Answer(version,
				(String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE), headers, etag,
				compress ? gzip(body) : body);
		this.cache.put(key, answer);
		wrapper.resetBuffer();
		if (request.getAttribute(ResponseCache.Key.ATTRIBUTE) != null) {
			// The valve looked this request up: it sends the answer as it sends kept
			// ones, once the filters are done.
			request.setAttribute(CachedAnswerValve.FRESH_ANSWER, answer);
			return;
		}
		send(answer, request, response, head);
	}

	// Writes a finished answer, or a 304 when the client's tag is current (with only the
	// headers a 304 carries: the tag, caching and Vary). Each header name comes once.
	private static void send(ResponseCache.Answer answer, HttpServletRequest request, HttpServletResponse response,
			boolean head) throws IOException {
		boolean notModified = request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				&& new ServletWebRequest(request, response).checkNotModified(answer.etag());
		for (ResponseCache.WireHeader header : answer.headers()) {
			String name = header.nameText();
			if (!notModified || HttpHeaders.VARY.equals(name) || HttpHeaders.CACHE_CONTROL.equals(name)) {
				response.setHeader(name, header.valueText());
			}
		}
		if (notModified) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, answer.etag());
		answer.sendBody(response, head);
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		return out.toByteArray();
	}

	// Tells representations of one resource apart: the tag also names the catalogue
	// version, and a resource's bytes change only with it, so 64 bits of checksum are
	// plenty. Both checksums are JVM intrinsics with every JIT; SHA-256 had been a fifth
	// of
	// a 30 KB routine's cost (site page performance.md).
	private static String digest(byte[] body) {
		CRC32C crc32c = new CRC32C();
		crc32c.update(body);
		CRC32 crc32 = new CRC32();
		crc32.update(body);
		return HexFormat.of().toHexDigits((crc32c.getValue() << 32) | crc32.getValue());
	}

}
