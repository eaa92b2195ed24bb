package app.limber.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.limber.problem.BadParameterException;
import org.jspecify.annotations.Nullable;

/**
 * A request's query parameters, read as the contract documents them and as Spring's
 * conversion reads them, so that every endpoint reads them the same way. A problem names
 * the parameter at fault.
 * <ul>
 * <li>A list sent once is split at commas; sent several times, each value is one item.
 * Items are trimmed; blank ones are left out.</li>
 * <li>A number or a boolean sent several times is read from its first value; blank is
 * absent.</li>
 * <li>A text sent several times is its values joined by commas.</li>
 * <li>Parameters no endpoint reads are ignored.</li>
 * </ul>
 */
public final class QueryString {

	// Four-digit years, as RFC 3339's full-date and iCalendar's dates have them.
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Map<String, String[]> parameters;

	/**
	 * Wraps a parameter map.
	 * @param parameters the request's parameters, as the servlet container read them
	 */
	public QueryString(Map<String, String[]> parameters) {
		this.parameters = parameters;
	}

	/**
	 * Whether a parameter was sent, blank or not.
	 * @param name the parameter
	 * @return {@code true} when it was sent
	 */
	public boolean has(String name) {
		return this.parameters.containsKey(name);
	}

	/**
	 * Whether a parameter was sent with a value, not blank: when a reader such as
	 * {@link #whole} gives something other than its default.
	 * @param name the parameter
	 * @return {@code true} when it was sent and not blank
	 */
	public boolean given(String name) {
		return first(name) != null;
	}

	/**
	 * The items of a list parameter.
	 * @param name the parameter
	 * @return the items, trimmed, blank ones as empty strings; empty when absent
	 */
	public List<String> items(String name) {
		String[] values = this.parameters.get(name);
		if (values == null) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		if (values.length == 1) {
			String value = values[0];
			int from = 0;
			for (int comma = value.indexOf(','); comma >= 0; comma = value.indexOf(',', from)) {
				items.add(value.substring(from, comma).strip());
				from = comma + 1;
			}
			if (!value.isEmpty()) {
				items.add(value.substring(from).strip());
			}
		}
		else {
			for (String value : values) {
				items.add(value.strip());
			}
		}
		return items;
	}

	/**
	 * A whole number parameter.
	 * @param name the parameter
	 * @param min its least value
	 * @param max its greatest value
	 * @return the number, or {@code null} when absent or blank
	 * @throws BadParameterException when it is not a whole number, or out of range
	 */
	public @Nullable Integer whole(String name, int min, int max) {
		String value = first(name);
		if (value == null) {
			return null;
		}
		int number;
		try {
			number = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw BadParameterException.notValid(name, value, "a whole number");
		}
		if (number < min) {
			throw new BadParameterException(name,
					"'" + name + "' " + ((min == 0) ? "must be 0 or more." : "must be at least " + min + "."),
					List.of());
		}
		if (number > max) {
			throw new BadParameterException(name, "'" + name + "' must be at most " + max + ".", List.of());
		}
		return number;
	}

	/**
	 * A boolean parameter: {@code true}, {@code on}, {@code yes} or {@code 1}, or their
	 * opposites, in any case.
	 * @param name the parameter
	 * @return the value, or {@code null} when absent or blank
	 * @throws BadParameterException for any other value
	 */
	public @Nullable Boolean bool(String name) {
		String value = first(name);
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes", "1" -> Boolean.TRUE;
			case "false", "off", "no", "0" -> Boolean.FALSE;
			default -> throw BadParameterException.notValid(name, value, "a value of the documented form");
		};
	}

	/**
	 * A calendar date parameter, {@code YYYY-MM-DD}.
	 * @param name the parameter
	 * @return the date, or {@code null} when absent or blank
	 * @throws BadParameterException when it is not a date that exists
	 */
	public @Nullable LocalDate date(String name) {
		return parsed(name, DATE, LocalDate::from, "a date that exists, as YYYY-MM-DD (2027-03-01)");
	}

	/**
	 * A time of day parameter, {@code HH:MM} on a 24-hour clock.
	 * @param name the parameter
	 * @return the time, or {@code null} when absent or blank
	 * @throws BadParameterException when it is not a time of day
	 */
	public @Nullable LocalTime time(String name) {
		return parsed(name, TIME, LocalTime::from, "a time of day as HH:MM, from 00:00 to 23:59 (07:30)");
	}

	private <T> @Nullable T parsed(String name, DateTimeFormatter format, TemporalQuery<T> type, String expected) {
		String value = first(name);
		if (value == null) {
			return null;
		}
		try {
			return format.parse(value, type);
		}
		catch (DateTimeException ex) {
			throw BadParameterException.notValid(name, value, expected);
		}
	}

	/**
	 * A text parameter.
	 * @param name the parameter
	 * @param maxLength the most characters it takes
	 * @return the text as sent, or {@code null} when absent
	 * @throws BadParameterException when it is longer than {@code maxLength}
	 */
	public @Nullable String text(String name, int maxLength) {
		String[] values = this.parameters.get(name);
		if (values == null) {
			return null;
		}
		String text = (values.length == 1) ? values[0] : String.join(",", values);
		if (text.length() > maxLength) {
			throw new BadParameterException(name, "'" + name + "' must be at most " + maxLength + " characters long.",
					List.of());
		}
		return text;
	}

	// A single value, trimmed; null when absent or blank.
	private @Nullable String first(String name) {
		String[] values = this.parameters.get(name);
		if (values == null || values.length == 0) {
			return null;
		}
		String value = values[0].strip();
		return value.isEmpty() ? null : value;
	}

}
