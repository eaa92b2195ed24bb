package app.limber.problem;

/**
 * Helpers for echoing client input back safely in problem details.
 */
public final class PrintableInput {

	private static final int MAX_ECHO = 60;

	private PrintableInput() {
	}

	/**
	 * Makes client input safe to quote: control characters and angle brackets become
	 * {@code ?} (no markup ever comes back, whatever a client renders the detail in) and
	 * long input is cut short.
	 * @param value what the client sent
	 * @return a short, printable copy
	 */
	public static String of(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		value.codePoints()
			.limit(MAX_ECHO)
			.forEach((c) -> out.appendCodePoint((Character.isISOControl(c) || c == '<' || c == '>') ? '?' : c));
		return (value.codePointCount(0, value.length()) > MAX_ECHO) ? out + "…" : out.toString();
	}

}
