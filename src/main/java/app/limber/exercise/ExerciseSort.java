package app.limber.exercise;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.limber.catalogue.ExerciseOrder;
import app.limber.problem.BadParameterException;
import app.limber.problem.PrintableInput;

/**
 * Reads the {@code sort} parameter: {@code name}, {@code difficulty} or {@code duration},
 * optionally followed by {@code ,asc} or {@code ,desc}; relevance by default when there
 * is a search query, else name.
 */
final class ExerciseSort {

	/** The values {@code sort} accepts. */
	static final List<String> ALLOWED = List.of("name", "name,asc", "name,desc", "difficulty", "difficulty,asc",
			"difficulty,desc", "duration", "duration,asc", "duration,desc");

	// Compiled once: String.split compiles a pattern of more than one character on every
	// call, which showed in profiles of the long tail.
	private static final Pattern FIELD_AND_DIRECTION = Pattern.compile("\\s*,\\s*");

	private ExerciseSort() {
	}

	/**
	 * Reads the {@code sort} parameter.
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
		String[] parts = FIELD_AND_DIRECTION.split(sort.strip().toLowerCase(Locale.ROOT), -1);
		ExerciseOrder.By by = switch (parts[0]) {
			case "name" -> ExerciseOrder.By.NAME;
			case "difficulty" -> ExerciseOrder.By.DIFFICULTY;
			case "duration" -> ExerciseOrder.By.DURATION;
			default -> null;
		};
		Boolean ascending = (parts.length == 1) ? Boolean.TRUE : (parts.length == 2) ? direction(parts[1]) : null;
		if (by == null || ascending == null) {
			throw new BadParameterException("sort", "'" + PrintableInput.of(sort)
					+ "' is not a sort order: use name, difficulty or duration, optionally followed by ,asc or ,desc.",
					ALLOWED);
		}
		return new ExerciseOrder(by, ascending);
	}

	private static Boolean direction(String direction) {
		return switch (direction) {
			case "asc" -> Boolean.TRUE;
			case "desc" -> Boolean.FALSE;
			default -> null;
		};
	}

}
