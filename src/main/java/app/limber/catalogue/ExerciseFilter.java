package app.limber.catalogue;

import java.util.Set;

/**
 * Which exercises a question is about. An empty set leaves that filter out; filters
 * combine with AND, the values of one filter with OR.
 *
 * @param goals any of these goals
 * @param muscles works any of these muscles (slugs), as primary or secondary target
 * @param regions works a muscle in any of these regions
 * @param positions done in any of these positions
 * @param equipment needs any of these ({@code none}: bodyweight only)
 * @param difficulties of any of these difficulties
 * @param query what a person typed into the search box, or {@code null}
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
		query = (query == null || query.isBlank()) ? null : query;
	}

}
