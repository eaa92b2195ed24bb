package app.limber.http;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;

import app.limber.problem.Problems;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * Replaces Tomcat's HTML error page for the errors Tomcat answers itself, before Limber
 * sees the request (a request line or headers over the limit, characters a URL may not
 * hold), with a problem in JSON and the same security headers as every other answer.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final Supplier<JsonMapper> jsonMapper;

	private final String detail;

	/**
	 * A valve that names the server's limits in its problems.
	 * @param jsonMapper the mapper Spring MVC writes problems with, looked up on first
	 * use
	 * @param maxRequestHeaderSize {@code server.max-http-request-header-size}
	 * @param maxParameterCount {@code server.tomcat.max-parameter-count}
	 */
	ProblemErrorReportValve(Supplier<JsonMapper> jsonMapper, DataSize maxRequestHeaderSize, int maxParameterCount) {
		this.jsonMapper = jsonMapper;
		this.detail = "The request is malformed or over one of Limber's limits (request line and headers at most "
				+ readable(maxRequestHeaderSize) + ", at most " + maxParameterCount
				+ " query parameters, URLs percent-encoded); fix it and try again.";
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			String body = this.jsonMapper.get()
				.writeValueAsString(Problems.requestRejected(HttpStatusCode.valueOf(status), this.detail));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			SecurityHeadersFilter.apply(response);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response was committed meanwhile: nothing to
			// add.
		}
	}

	// 8KB reads "8 KiB", as README and the other problems write sizes.
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MiB";
		}
		if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KiB";
		}
		return bytes + " bytes";
	}

}
