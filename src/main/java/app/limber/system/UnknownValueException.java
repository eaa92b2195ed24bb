package app.limber.system;

import java.util.List;

/**
 * Raised while converting a request value to a {@link WireValue} enum that has no such
 * value; it carries the values that would have been accepted.
 */
class UnknownValueException extends IllegalArgumentException {

	private final List<String> allowed;

	UnknownValueException(String value, List<String> allowed) {
		super("'" + Parameters.printable(value) + "' is not one of " + String.join(", ", allowed));
		this.allowed = allowed;
	}

	List<String> allowed() {
		return this.allowed;
	}

}
