package app.limber.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;

import org.springframework.http.HttpHeaders;

/**
 * Sends an answer the {@link ResponseCache} already holds straight from Tomcat, before
 * the servlet filters run, with its headers as ready-made bytes. Only a plain {@code GET}
 * or {@code HEAD} whose very request was answered before is sent this way: the answer
 * then carries every header the filters and Spring MVC gave it the first time. Anything
 * else, a revalidation with {@code If-None-Match} included, goes on to the filters; a new
 * answer {@link HttpCachingFilter} made for a request this valve looked up is then sent
 * here the same way.
 * <p>
 * Hand-written because nothing in Spring or Tomcat answers before the filter chain, and a
 * repeat answered here costs a fraction of one that runs the filters and Spring MVC (site
 * page performance.md).
 * <p>
 * So a servlet filter added later never sees a repeat request: what it does must be in
 * the recorded answer already, or happen here. {@code package-info} says how, and
 * {@code ServletFiltersTests} fails until a new filter is listed there.
 */
class CachedAnswerValve extends ValveBase {

	/**
	 * The request attribute under which {@link HttpCachingFilter} leaves an answer it has
	 * just made, for this valve to send as it sends a kept one: headers as ready-made
	 * bytes rather than strings that Tomcat encodes again.
	 */
	static final String FRESH_ANSWER = CachedAnswerValve.class.getName() + ".freshAnswer";

	private static final byte[] CONTENT_LENGTH = "Content-Length".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] DATE = "Date".getBytes(StandardCharsets.ISO_8859_1);

	private final ResponseCache cache;

	private final CachedAnswerTimer timer;

	/**
	 * A valve that sends cached answers.
	 * @param cache the answers
	 * @param timer times each answer; {@code null} when metrics are off
	 */
	CachedAnswerValve(ResponseCache cache, CachedAnswerTimer timer) {
		super(true);
		this.cache = cache;
		this.timer = timer;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		long start = System.nanoTime();
		String method = request.getMethod();
		boolean head = "HEAD".equals(method);
		ResponseCache.Answer answer = null;
		if ((head || "GET".equals(method)) && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null) {
			ResponseCache.Key key = ResponseCache.Key.of(request);
			request.setAttribute(ResponseCache.Key.ATTRIBUTE, key);
			answer = this.cache.get(key);
		}
		if (answer == null) {
			getNext().invoke(request, response);
			if (!(request.getAttribute(FRESH_ANSWER) instanceof ResponseCache.Answer fresh) || response.isCommitted()) {
				return;
			}
			// Every header the filters set is in the answer, as they set it.
			response.reset();
			send(fresh, response, head);
			return;
		}
		send(answer, response, head);
		if (this.timer != null && answer.route() != null) {
			this.timer.record(method, answer.route(), System.nanoTime() - start);
		}
	}

	private static void send(ResponseCache.Answer answer, Response response, boolean head) throws IOException {
		MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
		for (ResponseCache.WireHeader header : answer.wireHeaders()) {
			add(headers, header.name(), header.value());
		}
		// The two headers Tomcat would add itself, in its order: the length (which it
		// then sets again, in place) and the date, which it would set as a string and
		// encode with a new charset encoder for every answer.
		headers.addValue(CONTENT_LENGTH, 0, CONTENT_LENGTH.length).setLong(answer.body().length);
		add(headers, DATE, HttpDate.now());
		answer.sendBody(response, head);
	}

	private static void add(MimeHeaders headers, byte[] name, byte[] value) {
		// Copies: Tomcat takes the arrays as its own and reuses them as buffers for later
		// responses.
		byte[] nameCopy = name.clone();
		byte[] valueCopy = value.clone();
		headers.addValue(nameCopy, 0, nameCopy.length).setBytes(valueCopy, 0, valueCopy.length);
	}

	/**
	 * The {@code Date} header's value as Tomcat writes it (RFC 9110's IMF-fixdate, from
	 * Tomcat's own clock, which changes once a second), encoded once a second.
	 */
	private static final class HttpDate {

		private static volatile Encoded current = new Encoded("", new byte[0]);

		private HttpDate() {
		}

		static byte[] now() {
			String date = FastHttpDateFormat.getCurrentDate();
			Encoded encoded = current;
			if (!encoded.text().equals(date)) {
				encoded = new Encoded(date, date.getBytes(StandardCharsets.ISO_8859_1));
				current = encoded;
			}
			return encoded.bytes();
		}

		private record Encoded(String text, byte[] bytes) {
		}

	}

}
