package app.limber.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.limber.catalogue.model.ExerciseOrder;
import app.limber.problem.BadParameterException;
import app.limber.problem.PrintableInput;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The values the {@code sort} parameter takes: {@code name}, {@code difficulty} or
 * {@code duration}, optionally followed by {@code ,asc} or {@code ,desc}; relevance by
 * default when there is a search query, else name. The OpenAPI document lists these
 * constants, so that the parser and the document cannot disagree.
 */
enum ExerciseSort {

	NAME("name", ExerciseOrder.By.NAME, true), NAME_ASC("name,asc", ExerciseOrder.By.NAME, true),
	NAME_DESC("name,desc", ExerciseOrder.By.NAME, false), DIFFICULTY("difficulty", ExerciseOrder.By.DIFFICULTY, true),
	DIFFICULTY_ASC("difficulty,asc", ExerciseOrder.By.DIFFICULTY, true),
	DIFFICULTY_DESC("difficulty,desc", ExerciseOrder.By.DIFFICULTY, false),
	DURATION("duration", ExerciseOrder.By.DURATION, true),
	DURATION_ASC("duration,asc", ExerciseOrder.By.DURATION, true),
	DURATION_DESC("duration,desc", ExerciseOrder.By.DURATION, false);

	/** The values {@code sort} accepts. */
	static final List<String> ALLOWED = Arrays.stream(values()).map(ExerciseSort::value).toList();

	// values() copies the array on every call.
	private static final ExerciseSort[] VALUES = values();

	// Compiled once: String.split compiles a pattern of more than one character on every
	// call, which showed in profiles of the long tail.
	private static final Pattern FIELD_AND_DIRECTION = Pattern.compile("\\s*,\\s*");

	private final String value;

	private final ExerciseOrder order;

	ExerciseSort(String value, ExerciseOrder.By by, boolean ascending) {
		this.value = value;
		this.order = new ExerciseOrder(by, ascending);
	}

	@JsonValue
	String value() {
		return this.value;
	}

	/**
	 * Reads the {@code sort} parameter, in any case and with spaces around the comma.
	 * @param sort the parameter, such as {@code duration,desc}; blank for the default
	 * @param searching whether the request has a search query, which makes relevance the
	 * default
	 * @return the order
	 * @throws BadParameterException for an unknown field or direction
	 */
	static ExerciseOrder parse(String sort, boolean searching) {
		if (sort == null || sort.isBlank()) {
			return searching ? ExerciseOrder.RELEVANCE : ExerciseOrder.NAME;
		}
		// As written in the contract, mostly; else with spaces or capitals.
		ExerciseOrder order = orderOf(sort);
		if (order == null) {
			order = orderOf(String.join(",", FIELD_AND_DIRECTION.split(sort.strip().toLowerCase(Locale.ROOT), -1)));
		}
		if (order != null) {
			return order;
		}
		throw new BadParameterException("sort", "'" + PrintableInput.of(sort)
				+ "' is not a sort order: use name, difficulty or duration, optionally followed by ,asc or ,desc.",
				ALLOWED);
	}

	// The order a value of sort names exactly; null when none does.
	private static @Nullable ExerciseOrder orderOf(String value) {
		for (ExerciseSort candidate : VALUES) {
			if (candidate.value.equals(value)) {
				return candidate.order;
			}
		}
		return null;
	}

	/**
	 * The shortest value of {@code sort} that asks for an order, for links that repeat
	 * it: {@code name} rather than {@code name,asc}.
	 * @param order an order {@link #parse} gave for a {@code sort} value
	 * @return the value
	 */
	static String valueOf(ExerciseOrder order) {
		for (ExerciseSort candidate : VALUES) {
			// Component by component: a record's own equals goes through method
			// handles.
			if (candidate.order.by() == order.by() && candidate.order.ascending() == order.ascending()) {
				return candidate.value;
			}
		}
		throw new IllegalArgumentException("No sort value gives " + order);
	}

}
