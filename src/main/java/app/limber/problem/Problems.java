package app.limber.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.UriUtils;

/**
 * The problem types Limber answers with (RFC 9457). Each has a stable {@code type} URI
 * and a human title; the {@code detail} tells the client what to fix.
 */
public final class Problems {

	/** A query parameter or path value that Limber cannot use. */
	public static final URI INVALID_PARAMETER = type("invalid-parameter");

	/** No resource with that slug. */
	public static final URI NOT_FOUND = type("not-found");

	/** No endpoint at that path. */
	public static final URI NO_SUCH_PATH = type("no-such-path");

	/** The endpoint exists but not for that HTTP method. */
	public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");

	/** Limber cannot answer in any media type the client accepts. */
	public static final URI NOT_ACCEPTABLE = type("not-acceptable");

	/** The request is malformed or over a limit. */
	public static final URI BAD_REQUEST = type("bad-request");

	/**
	 * Tomcat refused the request before Limber read it, with a status other than 400 (an
	 * HTTP version it does not speak, a URI too long).
	 */
	public static final URI REQUEST_REJECTED = type("request-rejected");

	/** Something went wrong inside Limber. */
	public static final URI INTERNAL_ERROR = type("internal-error");

	/** What to tell a client whose path leads nowhere. */
	static final String NO_SUCH_PATH_HINT = "The API is under /api/v1; see /swagger-ui.html.";

	/** What to tell a client when Limber failed: no details, no stack trace. */
	static final String INTERNAL_ERROR_DETAIL = "Limber could not answer this request. Please try again; if it keeps happening, report it.";

	private Problems() {
	}

	private static URI type(String name) {
		return URI.create("urn:limber:problem:" + name);
	}

	/**
	 * A 400 problem naming the parameter at fault.
	 * @param parameter the query parameter or path variable
	 * @param detail what is wrong and how to fix it
	 * @param allowed the values the parameter accepts, or an empty list
	 * @return the problem
	 */
	public static ProblemDetail invalidParameter(String parameter, String detail, List<String> allowed) {
		ProblemDetail problem = create(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Invalid parameter", detail);
		problem.setProperty("parameter", parameter);
		if (!allowed.isEmpty()) {
			problem.setProperty("allowed", allowed);
		}
		return problem;
	}

	/**
	 * A problem for a status, with Limber's type and title for it.
	 * @param status the HTTP status
	 * @param detail what went wrong, for the client
	 * @return the problem
	 */
	public static ProblemDetail forStatus(HttpStatusCode status, String detail) {
		return switch (status.value()) {
			case 400 -> create(status, BAD_REQUEST, "Bad request", detail);
			case 404 -> create(status, NO_SUCH_PATH, "No such path", detail);
			case 405 -> create(status, METHOD_NOT_ALLOWED, "Method not allowed", detail);
			case 406 -> create(status, NOT_ACCEPTABLE, "Not acceptable", detail);
			case 500 -> create(status, INTERNAL_ERROR, "Internal error", detail);
			default -> create(status, type(slugOf(status)), titleOf(status), detail);
		};
	}

	/**
	 * A problem for a request the web server refused before Limber read it: a bad request
	 * for a 400, else rejected.
	 * @param status the status the server answers with
	 * @param detail what the limits are, for the client
	 * @return the problem
	 */
	public static ProblemDetail requestRejected(HttpStatusCode status, String detail) {
		if (status.value() == HttpStatus.BAD_REQUEST.value()) {
			return forStatus(status, detail);
		}
		String title = (status.value() == HttpStatus.URI_TOO_LONG.value()) ? "URI too long" : "Request rejected";
		return create(status, REQUEST_REJECTED, title, detail);
	}

	/**
	 * The request path as a problem's {@code instance}: as the client sent it when that
	 * is a valid URI, else percent-encoded (Tomcat lets through characters such as
	 * {@code <} that a URI may not hold).
	 * @param rawPath the request path as received
	 * @return the instance URI
	 */
	static URI instance(String rawPath) {
		try {
			return URI.create(rawPath);
		}
		catch (IllegalArgumentException ex) {
			String decoded = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
			return URI.create(UriUtils.encodePath(decoded, StandardCharsets.UTF_8));
		}
	}

	static ProblemDetail create(HttpStatusCode status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	private static String titleOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "HTTP " + status.value();
	}

	private static String slugOf(HttpStatusCode status) {
		return titleOf(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
