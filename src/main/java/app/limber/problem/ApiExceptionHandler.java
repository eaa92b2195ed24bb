package app.limber.problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.limber.catalogue.wire.UnknownValueException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error raised while handling a request into an RFC 9457 problem with one of
 * Limber's {@link Problems problem types}, never a stack trace or an exception name.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final int maxParameterCount;

	ApiExceptionHandler(@Value("${server.tomcat.max-parameter-count}") int maxParameterCount) {
		this.maxParameterCount = maxParameterCount;
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			// A path segment names a resource: an unknown one is not found.
			UnknownValueException unknown = unknownValue(ex);
			ProblemDetail problem = Problems.create(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", "No "
					+ mismatch.getName() + " is called '" + PrintableInput.of(String.valueOf(ex.getValue())) + "'.");
			if (unknown != null) {
				problem.setProperty("allowed", unknown.allowed());
			}
			return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
		}
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return handleExceptionInternal(ex, mismatch(parameter, ex), headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ProblemDetail mismatch(String parameter, TypeMismatchException ex) {
		UnknownValueException unknown = unknownValue(ex);
		if (unknown != null) {
			return BadParameterException.notOneOf(parameter, unknown.value(), unknown.allowed()).getBody();
		}
		return BadParameterException.notValid(parameter, String.valueOf(ex.getValue()), expected(ex)).getBody();
	}

	// A query bound to a record: the first field error names the parameter. A value that
	// could not be converted is reported as a type mismatch; a constraint by its message.
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldError error = ex.getBindingResult().getFieldError();
		if (error == null) {
			return handleExceptionInternal(ex,
					Problems.forStatus(HttpStatus.BAD_REQUEST, "The request's parameters are invalid."), headers,
					HttpStatus.BAD_REQUEST, request);
		}
		String parameter = error.getField().replaceAll("\\[\\d+]$", "");
		if (error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			return handleExceptionInternal(ex, mismatch(parameter, mismatch), headers, HttpStatus.BAD_REQUEST, request);
		}
		String detail = "'" + parameter + "' " + error.getDefaultMessage() + ".";
		return handleExceptionInternal(ex, Problems.invalidParameter(parameter, detail, List.of()), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String path = (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI()
				: "/" + ex.getResourcePath();
		ProblemDetail problem = Problems.forStatus(status,
				"There is nothing at " + PrintableInput.of(path) + ". " + Problems.NO_SUCH_PATH_HINT);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// GET brings HEAD and OPTIONS with it; say so in Allow, as OPTIONS does.
		Set<HttpMethod> allowed = new LinkedHashSet<>(headers.getAllow());
		if (allowed.contains(HttpMethod.GET)) {
			allowed.add(HttpMethod.HEAD);
			allowed.add(HttpMethod.OPTIONS);
		}
		headers.setAllow(allowed);
		ProblemDetail problem = Problems.forStatus(status,
				"Limber is read-only: " + ex.getMethod() + " is not supported here. Use one of "
						+ String.join(", ", allowed.stream().map(HttpMethod::name).toList()) + ".");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	// A blank path segment (/goals/%20/exercises) names nothing.
	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.create(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
				"No " + ex.getVariableName() + " is called ''.");
		return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String unreadable = "";
		try {
			MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException invalid) {
			unreadable = "The Accept header '" + PrintableInput.of(accept) + "' is not a list of media types. ";
		}
		// What this resource answers in: JSON, or another media type it alone offers.
		String produced = ex.getSupportedMediaTypes()
			.stream()
			.filter((type) -> !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.map((type) -> type.getType() + "/" + type.getSubtype())
			.findFirst()
			.orElse(MediaType.APPLICATION_JSON_VALUE);
		ProblemDetail problem = Problems.forStatus(status,
				unreadable + "Limber answers " + (produced.equals(MediaType.APPLICATION_JSON_VALUE) ? "" : "here ")
						+ "in " + produced + " only (errors in application/problem+json): send Accept: " + produced
						+ ".");
		// Said outright: Spring would otherwise choose the problem's type from the very
		// Accept it refused, and send no body when it cannot read it.
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	// Tomcat refuses a query string it cannot read: more than
	// server.tomcat.max-parameter-count parameters, or an escape that is not
	// percent-encoded UTF-8 (%ff, %zz, a lone %). Its exception says which only in a
	// message that may be translated, so the parameters are counted here.
	@ExceptionHandler
	ResponseEntity<Object> handleUnreadableParameters(org.apache.tomcat.util.http.InvalidParameterException ex,
			WebRequest request) {
		String query = (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getQueryString() : null;
		String detail = (parameterCount(query) > this.maxParameterCount)
				? "The request has too many query parameters: send at most " + this.maxParameterCount + "."
				: "The query string '" + PrintableInput.of(query) + "' cannot be read: send each parameter as "
						+ "name=value, with any other character than a letter, a digit or -._~ percent-encoded "
						+ "as UTF-8 (%C3%A9 for é, %25 for %).";
		ProblemDetail problem = Problems.forStatus(HttpStatus.BAD_REQUEST, detail);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	// As Tomcat counts them: the non-empty parts between ampersands.
	private static int parameterCount(@Nullable String query) {
		int count = 0;
		if (query != null) {
			for (String part : query.split("&")) {
				if (!part.isEmpty()) {
					count++;
				}
			}
		}
		return count;
	}

	@ExceptionHandler
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error handling {}", request.getDescription(false), ex);
		ProblemDetail problem = Problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR_DETAIL);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	// Every problem leaves with one of Limber's types: statuses the handlers above do
	// not shape themselves still get a stable type and title.
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		Object shaped = body;
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				ProblemDetail typed = Problems.forStatus(statusCode,
						(problem.getDetail() != null) ? problem.getDetail() : problem.getTitle());
				problem.getProperties().forEach(typed::setProperty);
				problem = typed;
			}
			if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
				problem.setInstance(Problems.instance(servlet.getRequest().getRequestURI()));
			}
			shaped = problem;
		}
		return super.createResponseEntity(shaped, headers, statusCode, request);
	}

	private static UnknownValueException unknownValue(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnknownValueException unknown) {
				return unknown;
			}
		}
		return null;
	}

	private static String expected(TypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		return "a value of the documented form";
	}

}
