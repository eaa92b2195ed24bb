package app.limber.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.limber.catalogue.UnknownValueException;
import app.limber.catalogue.WireValue;
import org.jspecify.annotations.Nullable;

/**
 * A request's query string, read as Spring MVC's binding would read it, for the plain
 * questions a {@link DirectRoute} answers. It reads only the forms whose meaning is
 * beyond doubt; for anything else (a value Spring would convert in a way of its own, a
 * binder directive, an unknown or blank value) it throws {@link NotPlain}, and Spring MVC
 * answers the request instead, problems and all. So does a request with a parameter the
 * route did not read: one the endpoint ignores, or one it has and its route does not know
 * yet.
 * <ul>
 * <li>A list parameter sent once is split at commas and each value trimmed; sent several
 * times, each value is taken whole and may not hold a comma.</li>
 * <li>A number is plain decimal digits; a boolean {@code true} or {@code false}; a text
 * parameter, other than a list, is sent once.</li>
 * <li>Names that Spring's data binder treats as directives ({@code _name}, {@code !name})
 * or as paths into the object ({@code name[0]}, {@code name.part}) are not read
 * here.</li>
 * </ul>
 */
public final class PlainQuery {

	private static final int MAX_DIGITS = 9;

	private final Map<String, String[]> parameters;

	// How many of the parameters sent have been read.
	private int read;

	PlainQuery(Map<String, String[]> parameters) {
		for (String name : parameters.keySet()) {
			if (name.isEmpty() || name.charAt(0) == '_' || name.charAt(0) == '!' || name.indexOf('[') >= 0
					|| name.indexOf('.') >= 0) {
				throw NotPlain.INSTANCE;
			}
		}
		this.parameters = parameters;
	}

	/**
	 * A text parameter, as sent.
	 * @param name the parameter's name
	 * @return its value, or {@code null} when it is absent
	 */
	public @Nullable String text(String name) {
		String[] values = this.parameters.get(name);
		if (values == null) {
			return null;
		}
		this.read++;
		if (values.length != 1) {
			throw NotPlain.INSTANCE;
		}
		return values[0];
	}

	/**
	 * A whole number parameter.
	 * @param name the parameter's name
	 * @return its value, or {@code null} when it is absent
	 */
	public @Nullable Integer integer(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		if (value.isEmpty() || value.length() > MAX_DIGITS) {
			throw NotPlain.INSTANCE;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				throw NotPlain.INSTANCE;
			}
		}
		return Integer.valueOf(value);
	}

	/**
	 * A boolean parameter.
	 * @param name the parameter's name
	 * @return its value, or {@code null} when it is absent
	 */
	public @Nullable Boolean bool(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw NotPlain.INSTANCE;
		};
	}

	/**
	 * A list of text values.
	 * @param name the parameter's name
	 * @return its values, or {@code null} when it is absent
	 */
	public @Nullable List<String> texts(String name) {
		String[] values = this.parameters.get(name);
		if (values == null) {
			return null;
		}
		this.read++;
		List<String> texts = new ArrayList<>(values.length);
		if (values.length == 1) {
			int from = 0;
			String value = values[0];
			for (int comma = value.indexOf(','); comma >= 0; comma = value.indexOf(',', from)) {
				texts.add(nonBlank(value.substring(from, comma).trim()));
				from = comma + 1;
			}
			texts.add(nonBlank(value.substring(from).trim()));
			return texts;
		}
		for (String value : values) {
			if (value.indexOf(',') >= 0 || !value.equals(value.trim())) {
				throw NotPlain.INSTANCE;
			}
			texts.add(nonBlank(value));
		}
		return texts;
	}

	/**
	 * A list of wire values, such as goals or positions, ignoring case and accepting
	 * aliases.
	 * @param <E> the enum type
	 * @param name the parameter's name
	 * @param type the enum class
	 * @return its values, or {@code null} when it is absent
	 */
	public <E extends Enum<E> & WireValue> @Nullable List<E> values(String name, Class<E> type) {
		List<String> texts = texts(name);
		if (texts == null) {
			return null;
		}
		List<E> values = new ArrayList<>(texts.size());
		for (String text : texts) {
			try {
				values.add(WireValue.parse(type, text));
			}
			catch (UnknownValueException ex) {
				throw NotPlain.INSTANCE;
			}
		}
		return values;
	}

	/**
	 * Whether every parameter sent was read, each once.
	 * @return {@code false} if a parameter was left unread
	 */
	boolean readWhole() {
		return this.read == this.parameters.size();
	}

	private static String nonBlank(String value) {
		if (value.isEmpty()) {
			throw NotPlain.INSTANCE;
		}
		return value;
	}

	/**
	 * A query string that is not plain: Spring MVC answers it.
	 */
	static final class NotPlain extends RuntimeException {

		static final NotPlain INSTANCE = new NotPlain();

		private NotPlain() {
			super("not a plain query", null, false, false);
		}

	}

}
