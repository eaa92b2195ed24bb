package app.limber.catalogue.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose values travel over the wire as lowercase, hyphenated words
 * ({@code lying-on-back}), in JSON, in query parameters and in the seed files.
 */
public interface WireValue {

	/**
	 * The value as clients send and receive it.
	 * @return the lowercase, hyphenated value
	 */
	@JsonValue
	String value();

	/**
	 * Other spellings accepted from clients, such as {@code stabilize}.
	 * @return accepted aliases, lowercase
	 */
	default List<String> aliases() {
		return List.of();
	}

	/**
	 * Turns a constant name into its wire value: {@code LYING_ON_BACK} becomes
	 * {@code lying-on-back}.
	 * @param constant the enum constant
	 * @return the wire value
	 */
	static String of(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Finds the constant whose value or alias matches, ignoring case and surrounding
	 * white space.
	 * @param <E> the enum type
	 * @param type the enum class
	 * @param text what the client sent
	 * @return the matching constant
	 * @throws IllegalArgumentException naming the allowed values when nothing matches
	 */
	static <E extends Enum<E> & WireValue> E parse(Class<E> type, String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.value().equals(wanted) || constant.aliases().contains(wanted)) {
				return constant;
			}
		}
		throw new UnknownValueException(text, allowed(type));
	}

	/**
	 * The values a client may send for an enum type.
	 * @param type the enum class
	 * @return the wire values, in declaration order
	 */
	static List<String> allowed(Class<? extends WireValue> type) {
		return Arrays.stream(type.getEnumConstants()).map(WireValue::value).toList();
	}

}
