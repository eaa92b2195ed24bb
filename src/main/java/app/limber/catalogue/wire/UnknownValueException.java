package app.limber.catalogue.wire;

import java.util.List;

/**
 * Raised while converting a request value to a {@link WireValue} enum that has no such
 * value; it carries the value and the values that would have been accepted.
 */
public class UnknownValueException extends IllegalArgumentException {

	private final String value;

	private final List<String> allowed;

	UnknownValueException(String value, List<String> allowed) {
		super("Unknown value: one of " + String.join(", ", allowed) + " was expected");
		this.value = value;
		this.allowed = allowed;
	}

	/**
	 * The value as the client sent it, unsafe to echo as it is.
	 * @return the raw value
	 */
	public String value() {
		return this.value;
	}

	public List<String> allowed() {
		return this.allowed;
	}

}
