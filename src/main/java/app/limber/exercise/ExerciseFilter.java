package app.limber.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.limber.goal.Goal;
import app.limber.muscle.BodyRegion;

/**
 * What a client asked {@code /exercises} for. Absent filters are empty sets or
 * {@code null}; filters combine with AND, the values of one filter with OR.
 *
 * @param goals any of these goals
 * @param muscles works any of these muscles (slugs), as primary or secondary target
 * @param regions works a muscle in any of these regions
 * @param positions done in any of these positions
 * @param equipment needs any of these ({@code none}: bodyweight only)
 * @param difficulties of any of these difficulties
 * @param query words that must all appear in the name, an alias or the summary
 */
public record ExerciseFilter(Set<Goal> goals, Set<String> muscles, Set<BodyRegion> regions, Set<Position> positions,
		Set<Equipment> equipment, Set<Difficulty> difficulties, String query) {

	/** No filter at all: the whole catalogue. */
	public static final ExerciseFilter NONE = new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of(), null);

	public ExerciseFilter {
		goals = Set.copyOf(goals);
		muscles = Set.copyOf(muscles);
		regions = Set.copyOf(regions);
		positions = Set.copyOf(positions);
		difficulties = Set.copyOf(difficulties);
		equipment = Set.copyOf(equipment);
		query = (query == null || query.isBlank()) ? null : query.strip();
	}

	/**
	 * The search words, lowercased.
	 * @return the words of the query, or an empty list without a query
	 */
	public List<String> words() {
		return (this.query != null) ? Arrays.asList(this.query.toLowerCase(Locale.ROOT).split("\\s+")) : List.of();
	}

}
