package app.limber.exercise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.limber.catalogue.BodyRegion;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.ExerciseFilter;
import app.limber.catalogue.ExerciseOrder;
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

	/** The longest muscle slug, as the catalogue's schema allows. */
	public static final int MAX_SLUG = 60;

	/** The largest page number. */
	public static final int MAX_PAGE = 10_000;

	/** The largest page. */
	public static final int MAX_SIZE = 100;

	/** The page size when none is given. */
	public static final int DEFAULT_SIZE = 20;

	public ExerciseQuery {
		goal = present(goal);
		muscle = slugs(muscle);
		region = present(region);
		position = present(position);
		difficulty = present(difficulty);
		equipment = present(equipment);
		page = (page != null) ? page : 0;
		size = (size != null) ? size : DEFAULT_SIZE;
		facets = present(facets);
	}

	private static List<String> slugs(List<String> values) {
		List<String> present = present(values);
		return present.isEmpty() ? present
				: present.stream().map(String::strip).filter((slug) -> !slug.isEmpty()).toList();
	}

	// This runs for every filter of every question: a loop, as streams cost several times
	// more under C1, the production JIT.
	private static <T> List<T> present(List<T> values) {
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		List<T> present = new ArrayList<>(values.size());
		for (T value : values) {
			if (value != null) {
				present.add(value);
			}
		}
		return Collections.unmodifiableList(present);
	}

	/**
	 * The query string of a page of this question's answer, but the page number: the
	 * parameters Limber understood, in a fixed order, each filter's values once and in
	 * the contract's order, defaults left out. It is as long as what the limits let a
	 * client ask, never as long as what it sent.
	 * @param goalInQuery whether the goals go in the query string ({@code /exercises}),
	 * rather than in the path ({@code /goals/{goal}/exercises})
	 * @param order the order, as {@code sort} was read
	 * @return the parameters, each followed by {@code &}
	 */
	String linkQuery(boolean goalInQuery, ExerciseOrder order) {
		StringBuilder query = new StringBuilder();
		if (goalInQuery) {
			values(query, "goal", this.goal, Goal::value);
		}
		values(query, "muscle", this.muscle, Function.identity());
		values(query, "region", this.region, BodyRegion::value);
		values(query, "position", this.position, Position::value);
		values(query, "equipment", this.equipment, Equipment::value);
		values(query, "difficulty", this.difficulty, Difficulty::value);
		if (this.q != null && !this.q.isBlank()) {
			query.append("q=").append(encode(this.q)).append('&');
		}
		if (this.sort != null && !this.sort.isBlank()) {
			// One of ExerciseSort's values: nothing to encode.
			query.append("sort=").append(ExerciseSort.valueOf(order)).append('&');
		}
		values(query, "facets", this.facets, Facet::value);
		if (this.size != DEFAULT_SIZE) {
			query.append("size=").append(this.size).append('&');
		}
		return query.toString();
	}

	// One parameter, its values in their natural order, once each and comma-separated;
	// nothing when it has none (most have none, and this runs for every page), and no
	// stream for one value.
	private static <T extends Comparable<? super T>> void values(StringBuilder query, String name, Collection<T> values,
			Function<T, String> wire) {
		if (values.isEmpty()) {
			return;
		}
		String joined = (values.size() == 1) ? encode(wire.apply(values.iterator().next()))
				: values.stream()
					.sorted()
					.distinct()
					.map(wire)
					.map(ExerciseQuery::encode)
					.collect(Collectors.joining(","));
		query.append(name).append('=').append(joined).append('&');
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	ExerciseFilter filter() {
		return new ExerciseFilter(set(this.goal), set(this.muscle), set(this.region), set(this.position),
				set(this.equipment), set(this.difficulty), this.q);
	}

	private static <T> Set<T> set(List<T> values) {
		return values.isEmpty() ? Set.of() : Set.copyOf(values);
	}

}
