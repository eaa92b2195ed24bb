package app.limber.catalogue.model;

import app.limber.catalogue.wire.BodyRegion;
import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.wire.WireValue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/**
 * Every filter a question about exercises can carry, declared once: its query parameter,
 * its values, which endpoints take it, how an exercise matches it, and what the OpenAPI
 * document says of it. The index, the query binding, the facets, the paging links and the
 * API documentation all read it from here, so a new filter is a new constant (and, if the
 * exercise does not have the value yet, its {@link ExerciseEntry} accessor).
 * <p>
 * The constants are in the order filters appear in paging links and in the document.
 */
public enum Filter implements WireValue {

	/** Any of these goals. */
	GOAL(Goal.class, Match.ANY, Scope.ANYWHERE, (exercise, ties) -> wire(exercise.goals()),
			"Goal: repeat for any of several. Case-insensitive; `stabilize` is accepted for `stabilise`.", "stretch"),

	/** Works any of these muscles, as primary or secondary target. */
	MUSCLE(null, Match.ANY, Scope.ANYWHERE, (exercise, ties) -> muscleSlugs(exercise),
			"Muscle slug (see /api/v1/muscles): repeat for any of several.", "gluteus-maximus"),

	/** Works a muscle in any of these body regions. */
	REGION(BodyRegion.class, Match.ANY, Scope.PAGES, (exercise, ties) -> regions(exercise),
			"Body region of a muscle the exercise works: repeat for any of several.", "glutes"),

	/** Done in any of these positions. */
	POSITION(Position.class, Match.ANY, Scope.ANYWHERE, (exercise, ties) -> List.of(exercise.position().value()),
			"Body position: repeat for any of several.", "standing"),

	/** Needs any of these; {@code none} is bodyweight only. */
	EQUIPMENT(Equipment.class, Match.ANY, Scope.ANYWHERE, (exercise, ties) -> wire(exercise.equipment()),
			"Equipment: repeat for any of several; `none` means bodyweight only.", "none"),

	/** Of any of these difficulties. */
	DIFFICULTY(Difficulty.class, Match.ANY, Scope.ANYWHERE, (exercise, ties) -> List.of(exercise.difficulty().value()),
			"Difficulty: repeat for any of several.", "beginner"),

	/** Tied by an article to any of these causes. */
	CAUSE(null, Match.ANY, Scope.ANYWHERE, (exercise, ties) -> ties.causes(exercise),
			"Cause slug (see /api/v1/causes): repeat for any of several. The exercises an article ties to one of these causes.",
			"prolonged-sitting"),

	/** Never in these positions. */
	AVOID_POSITION(Position.class, Match.NONE, Scope.ROUTINES, (exercise, ties) -> List.of(exercise.position().value()),
			"Never these positions, e.g. `kneeling` for someone who cannot kneel.", "kneeling"),

	/** Never getting down onto the floor, when {@code true}. */
	AVOID_FLOOR(null, Match.NONE_WHEN_TRUE, Scope.ROUTINES,
			(exercise, ties) -> exercise.onFloor() ? List.of(Filter.TRUE) : List.of(),
			"`true`: never an exercise that needs getting down onto the floor (the \"I can't get on the floor\" toggle).",
			null),

	/** Never serving any of these goals. */
	AVOID_GOAL(Goal.class, Match.NONE, Scope.ROUTINES, (exercise, ties) -> wire(exercise.goals()),
			"Never an exercise that serves any of these goals, e.g. `strengthen,stabilise` for stretching alone "
					+ "on a day of rest from strengthening (as a programme's stretching days have).",
			"strengthen"),

	/** Only these exercises. */
	EXERCISE(null, Match.ANY, Scope.ROUTINES, (exercise, ties) -> List.of(exercise.slug()),
			"Exercise slug (see /api/v1/exercises): only these exercises, repeat for several. A programme's second "
					+ "session of the day repeats just the exercises an article says to do twice a day this way.",
			"knee-to-chest-stretch"),

	/** Never these exercises. */
	AVOID_EXERCISE(null, Match.NONE, Scope.ROUTINES, (exercise, ties) -> List.of(exercise.slug()),
			"Exercise slug (see /api/v1/exercises): never these exercises, repeat for several. A programme holds back "
					+ "a harder variation this way until it may replace its base, and then the base.",
			"single-leg-glute-bridge");

	/** The most values one filter takes. */
	public static final int MAX_VALUES = 20;

	/** The longest slug a slug filter takes, as the catalogue's schema allows. */
	public static final int MAX_SLUG = 60;

	/** The one value of a filter that is on or off. */
	public static final String TRUE = "true";

	private final String value;

	private final @Nullable Class<? extends WireValue> type;

	private final Match match;

	private final Scope scope;

	private final BiFunction<ExerciseEntry, Catalogue.Ties, List<String>> valuesOf;

	private final String description;

	private final @Nullable String example;

	Filter(@Nullable Class<? extends WireValue> type, Match match, Scope scope,
			BiFunction<ExerciseEntry, Catalogue.Ties, List<String>> valuesOf, String description,
			@Nullable String example) {
		this.value = WireValue.of(this);
		this.type = type;
		this.match = match;
		this.scope = scope;
		this.valuesOf = valuesOf;
		this.description = description;
		this.example = example;
	}

	@Override
	public String value() {
		return this.value;
	}

	/**
	 * The enum whose values this filter takes.
	 * @return the type, or {@code null} when the filter takes slugs of the catalogue's
	 * own entries, or is on or off
	 */
	public @Nullable Class<? extends WireValue> type() {
		return this.type;
	}

	/**
	 * How an exercise's values decide whether it passes.
	 * @return the kind of match
	 */
	public Match match() {
		return this.match;
	}

	/**
	 * Whether the pages of exercises take this filter.
	 * @return {@code true} for {@code /exercises} and {@code /goals/{goal}/exercises}
	 */
	public boolean onPages() {
		return this.scope != Scope.ROUTINES;
	}

	/**
	 * Whether routines (and what is built from them) take this filter.
	 * @return {@code true} for {@code /routines}
	 */
	public boolean onRoutines() {
		return this.scope != Scope.PAGES;
	}

	/**
	 * Whether a filter panel can count this filter's values ({@code facets}).
	 * @return {@code true} for the filters of pages that pick any of their values
	 */
	public boolean isFacet() {
		return onPages() && this.match == Match.ANY;
	}

	/**
	 * What the API documentation says of the parameter.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * A value to show in the API documentation.
	 * @return the example, or {@code null} for an on-or-off filter
	 */
	public @Nullable String example() {
		return this.example;
	}

	/**
	 * The values an exercise has for this filter, as the filter takes them.
	 * @param exercise the exercise
	 * @param ties what the catalogue ties the exercise to
	 * @return its values
	 */
	List<String> valuesOf(ExerciseEntry exercise, Catalogue.Ties ties) {
		return this.valuesOf.apply(exercise, ties);
	}

	/**
	 * The filters a kind of endpoint takes, in declaration order.
	 * @param routines {@code true} for routines, {@code false} for pages of exercises
	 * @return the filters
	 */
	public static List<Filter> taken(boolean routines) {
		List<Filter> taken = new ArrayList<>();
		for (Filter filter : values()) {
			if (routines ? filter.onRoutines() : filter.onPages()) {
				taken.add(filter);
			}
		}
		return List.copyOf(taken);
	}

	/**
	 * The filters whose values a filter panel can count.
	 * @return the facets, in declaration order
	 */
	public static List<Filter> facets() {
		List<Filter> facets = new ArrayList<>();
		for (Filter filter : values()) {
			if (filter.isFacet()) {
				facets.add(filter);
			}
		}
		return List.copyOf(facets);
	}

	private static List<String> wire(List<? extends WireValue> values) {
		List<String> wire = new ArrayList<>(values.size());
		for (WireValue value : values) {
			wire.add(value.value());
		}
		return wire;
	}

	private static List<MuscleEntry> muscles(ExerciseEntry exercise) {
		List<MuscleEntry> muscles = new ArrayList<>(exercise.primaryMuscles());
		muscles.addAll(exercise.secondaryMuscles());
		return muscles;
	}

	private static List<String> muscleSlugs(ExerciseEntry exercise) {
		return muscles(exercise).stream().map(MuscleEntry::slug).toList();
	}

	private static List<String> regions(ExerciseEntry exercise) {
		return muscles(exercise).stream().map((muscle) -> muscle.region().value()).distinct().toList();
	}

	/**
	 * How an exercise's values decide whether it passes a filter.
	 */
	public enum Match {

		/** It has any of the values asked for. */
		ANY,

		/** It has none of the values asked for. */
		NONE,

		/** The filter is on or off; on, it passes only without the value {@code true}. */
		NONE_WHEN_TRUE

	}

	private enum Scope {

		ANYWHERE, PAGES, ROUTINES

	}

}
