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

	/**
	 * A value outside a fixed set.
	 * @param parameter the parameter at fault
	 * @param value the value sent
	 * @param allowed the values it takes
	 * @return the exception to throw
	 */
	public static BadParameterException notOneOf(String parameter, String value, List<String> allowed) {
		return new BadParameterException(parameter, "'" + PrintableInput.of(value) + "' is not one of "
				+ String.join(", ", allowed) + ": use one of those for '" + parameter + "'.", allowed);
	}

	/**
	 * A value not of the parameter's form.
	 * @param parameter the parameter at fault
	 * @param value the value sent
	 * @param expected what the parameter takes, as the end of a sentence
	 * @return the exception to throw
	 */
	public static BadParameterException notValid(String parameter, String value, String expected) {
		return new BadParameterException(parameter, "'" + PrintableInput.of(value) + "' is not a valid value for '"
				+ parameter + "': expected " + expected + ".", List.of());
	}

}
