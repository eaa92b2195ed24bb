package app.limber.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the errors that never reach a controller (a request the server rejects, an
 * error in a filter) with a problem, in place of Boot's default error page.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

	@RequestMapping("${spring.web.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatusCode status = HttpStatusCode.valueOf(
				(code instanceof Integer value && value >= 400) ? value : HttpStatus.INTERNAL_SERVER_ERROR.value());
		String detail = switch (status.value()) {
			case 400 -> "The request is malformed or over one of Limber's limits; check its URL, query and headers.";
			case 404 -> "There is nothing at this path. " + Problems.NO_SUCH_PATH_HINT;
			case 500 -> Problems.INTERNAL_ERROR_DETAIL;
			default -> "The request could not be handled.";
		};
		ProblemDetail problem = Problems.forStatus(status, detail);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(Problems.instance(path));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
