package app.limber.exercise;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.limber.catalogue.BodyRegion;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.ExerciseFilter;
import app.limber.catalogue.Facet;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;

/**
 * A question about exercises, as {@link ExerciseParameters} bound and validated it from
 * the query string. Repeated parameters may also be comma-separated:
 * {@code goal=stretch,stabilise}.
 *
 * @param goal any of these goals
 * @param muscle works any of these muscles (slugs)
 * @param region works a muscle in any of these body regions
 * @param position done in any of these positions
 * @param equipment needs any of these; {@code none} for bodyweight only
 * @param difficulty of any of these difficulties
 * @param q search words
 * @param page the page number, from 0
 * @param size items per page
 * @param sort the order
 * @param facets the filters to count values of, for a filter panel
 */
public record ExerciseQuery(List<Goal> goal, List<String> muscle, List<BodyRegion> region, List<Position> position,
		List<Equipment> equipment, List<Difficulty> difficulty, String q, Integer page, Integer size, String sort,
		List<Facet> facets) {

	/** The most values one repeated filter takes. */
	public static final int MAX_VALUES = 20;

	/** The longest search query. */
	public static final int MAX_QUERY = 100;

	/** The largest page number. */
	public static final int MAX_PAGE = 10_000;

	/** The largest page. */
	public static final int MAX_SIZE = 100;

	/** The page size when none is given. */
	public static final int DEFAULT_SIZE = 20;

	public ExerciseQuery {
		goal = present(goal);
		muscle = present(muscle).stream().map(String::strip).filter((slug) -> !slug.isEmpty()).toList();
		region = present(region);
		position = present(position);
		difficulty = present(difficulty);
		equipment = present(equipment);
		page = (page != null) ? page : 0;
		size = (size != null) ? size : DEFAULT_SIZE;
		facets = present(facets);
	}

	private static <T> List<T> present(List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	ExerciseFilter filter() {
		return new ExerciseFilter(Set.copyOf(this.goal), Set.copyOf(this.muscle), Set.copyOf(this.region),
				Set.copyOf(this.position), Set.copyOf(this.equipment), Set.copyOf(this.difficulty), this.q);
	}

}
