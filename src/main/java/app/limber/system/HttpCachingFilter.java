package app.limber.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import app.limber.catalogue.CatalogueVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes successful API answers cacheable and compact: a strong {@code ETag} from the
 * catalogue's version and the bytes of the representation, {@code Cache-Control: public,
 * max-age}, a 304 with no body when {@code If-None-Match} names the current tag (Spring's
 * own precondition check decides), and gzip for bodies of 1 KiB or more when the client
 * accepts it. Every API answer names the catalogue version.
 */
class HttpCachingFilter extends OncePerRequestFilter {

	/** Bodies smaller than this are not worth compressing. */
	static final int COMPRESSION_THRESHOLD = 1024;

	// Filters start with the web server, before the catalogue is loaded: look it up on
	// first use.
	private final ObjectProvider<CatalogueVersion> versions;

	private final String cacheControl;

	private volatile String catalogueVersion;

	HttpCachingFilter(ObjectProvider<CatalogueVersion> versions, HttpProperties properties) {
		this.versions = versions;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String version = catalogueVersion();
		response.setHeader(HttpHeadersNames.CATALOGUE_VERSION, version);
		boolean cacheable = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!cacheable) {
			chain.doFilter(request, response);
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
		// is
		// its own representation with its own tag. So compress here, and tag each one.
		boolean gzip = body.length >= COMPRESSION_THRESHOLD && acceptsGzip(request);
		String etag = "\"" + version + "-" + digest(body) + (gzip ? "-gzip" : "") + "\"";
		wrapper.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		wrapper.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (new ServletWebRequest(request, wrapper).checkNotModified(etag)) {
			// 304: Spring has set the status and the ETag; no body.
			wrapper.resetBuffer();
			return;
		}
		wrapper.setHeader(HttpHeaders.ETAG, etag);
		if (!gzip) {
			wrapper.copyBodyToResponse();
			return;
		}
		byte[] compressed = gzip(body);
		wrapper.resetBuffer();
		response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		response.setContentLength(compressed.length);
		response.getOutputStream().write(compressed);
	}

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

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		return out.toByteArray();
	}

	private String catalogueVersion() {
		String version = this.catalogueVersion;
		if (version == null) {
			version = this.versions.getObject().shortHash();
			this.catalogueVersion = version;
		}
		return version;
	}

	private static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
