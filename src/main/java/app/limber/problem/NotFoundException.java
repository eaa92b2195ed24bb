package app.limber.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Thrown when no catalogue entry has the slug a client asked for.
 */
public class NotFoundException extends ErrorResponseException {

	/**
	 * Creates the exception.
	 * @param kind what was looked for, such as "exercise"
	 * @param slug the slug asked for
	 */
	public NotFoundException(String kind, String slug) {
		super(HttpStatus.NOT_FOUND, Problems.create(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found",
				"No " + kind + " has the slug '" + PrintableInput.of(slug) + "'."), null);
	}

}
