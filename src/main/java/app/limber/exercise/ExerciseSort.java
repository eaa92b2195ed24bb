package app.limber.exercise;

import java.util.List;
import java.util.Locale;

import app.limber.system.InvalidParameterException;

/**
 * How a page of exercises is ordered: by relevance to the search, or by name, difficulty
 * or estimated duration, ascending or descending. Ties always fall back to name, then
 * slug, so every order is stable.
 *
 * @param field what to order by
 * @param ascending whether ascending
 */
public record ExerciseSort(Field field, boolean ascending) {

	/** The values {@code sort} accepts. */
	public static final List<String> ALLOWED = List.of("name", "name,asc", "name,desc", "difficulty", "difficulty,asc",
			"difficulty,desc", "duration", "duration,asc", "duration,desc");

	/**
	 * Reads the {@code sort} parameter.
	 * @param sort the parameter, such as {@code duration,desc}; blank for the default
	 * @param searching whether the request has a search query, which makes relevance the
	 * default
	 * @return the order
	 * @throws InvalidParameterException for an unknown field or direction
	 */
	public static ExerciseSort parse(String sort, boolean searching) {
		if (sort == null || sort.isBlank()) {
			return new ExerciseSort(searching ? Field.RELEVANCE : Field.NAME, true);
		}
		String[] parts = sort.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1);
		Field field = switch (parts[0]) {
			case "name" -> Field.NAME;
			case "difficulty" -> Field.DIFFICULTY;
			case "duration" -> Field.DURATION;
			default -> null;
		};
		Boolean ascending = (parts.length == 1) ? Boolean.TRUE : (parts.length == 2) ? direction(parts[1]) : null;
		if (field == null || ascending == null) {
			throw new InvalidParameterException("sort", "'" + app.limber.system.Parameters.printable(sort)
					+ "' is not a sort order: use name, difficulty or duration, optionally followed by ,asc or ,desc.",
					ALLOWED);
		}
		return new ExerciseSort(field, ascending);
	}

	private static Boolean direction(String direction) {
		return switch (direction) {
			case "asc" -> Boolean.TRUE;
			case "desc" -> Boolean.FALSE;
			default -> null;
		};
	}

	/** What exercises can be ordered by. */
	public enum Field {

		/**
		 * Best search matches first: exact name, name prefix, an alias that is or starts
		 * with the query, a name or alias containing it, then the rest.
		 */
		RELEVANCE,

		/** Alphabetical by name. */
		NAME,

		/** Beginner, intermediate, advanced. */
		DIFFICULTY,

		/** Estimated duration; exercises without an estimate come last. */
		DURATION

	}

}
