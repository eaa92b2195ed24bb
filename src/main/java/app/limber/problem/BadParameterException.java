package app.limber.problem;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Thrown when a query parameter has a value Limber cannot use.
 */
public class BadParameterException extends ErrorResponseException {

	/**
	 * Creates the exception.
	 * @param parameter the parameter at fault
	 * @param detail what is wrong and how to fix it
	 * @param allowed the values the parameter accepts, or an empty list
	 */
	public BadParameterException(String parameter, String detail, List<String> allowed) {
		super(HttpStatus.BAD_REQUEST, Problems.invalidParameter(parameter, detail, allowed), null);
	}

}
