package app.limber.http;

import java.io.IOException;
import java.io.Writer;

import app.limber.problem.Problems;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Replaces Tomcat's HTML error page for the errors Tomcat answers itself, before Limber
 * sees the request (a request line or headers over the limit, characters a URL may not
 * hold), with a problem in JSON and the same security headers as every other answer.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String title = (status == 400) ? "Bad request" : (status == 414) ? "URI too long" : "Request rejected";
		String type = (status == 400) ? Problems.BAD_REQUEST.toString() : "urn:limber:problem:request-rejected";
		String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"The request is malformed or over one of Limber's limits (request line and headers"
				+ " at most 8 KiB, at most 64 query parameters, URLs percent-encoded); fix it and try again.\"}";
		try {
			response.setContentType("application/problem+json");
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

}
