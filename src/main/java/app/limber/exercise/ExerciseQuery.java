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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The query parameters of {@code GET /api/v1/exercises}, bound and validated by Spring
 * MVC. Repeated parameters may also be comma-separated: {@code goal=stretch,stabilise}.
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
public record ExerciseQuery(@Parameter(
		description = "Goal: repeat or comma-separate for any of several. Case-insensitive; `stabilize` is accepted for `stabilise`.",
		array = @ArraySchema(schema = @Schema(implementation = Goal.class)), example = "stretch") @Size(
				max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values") List<Goal> goal,
		@Parameter(description = "Muscle slug (see /api/v1/muscles): repeat for any of several.",
				array = @ArraySchema(schema = @Schema(type = "string", maxLength = 60)),
				example = "gluteus-maximus") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<String> muscle,
		@Parameter(description = "Body region of a muscle the exercise works: repeat for any of several.",
				array = @ArraySchema(schema = @Schema(implementation = BodyRegion.class)), example = "glutes") @Size(
						max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values") List<BodyRegion> region,
		@Parameter(description = "Body position: repeat for any of several.",
				array = @ArraySchema(schema = @Schema(implementation = Position.class)), example = "standing") @Size(
						max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values") List<Position> position,
		@Parameter(description = "Equipment: repeat for any of several; `none` means bodyweight only.",
				array = @ArraySchema(schema = @Schema(implementation = Equipment.class)),
				example = "none") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<Equipment> equipment,
		@Parameter(description = "Difficulty: repeat for any of several.",
				array = @ArraySchema(schema = @Schema(implementation = Difficulty.class)),
				example = "beginner") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<Difficulty> difficulty,
		@Parameter(description = """
				What a person typed into the search box. Finds word forms ("hamstrings" and \
				"hamstring"), typos (one from four letters, two from seven), the last word while \
				it is typed ("pir" finds the piriformis stretch), aliases, words written apart, \
				joined or hyphenated ("cat cow", "catcow", "cat-cow"), numbers as digits or \
				words ("figure 4"), muscle and body-region names, and the conditions the articles \
				name ("sciatica", "prolonged sitting"). Searches names, aliases, summaries, why \
				each helps, steps and muscles; names and aliases count most. Every word must \
				match; when nothing has them all, the best matches for all but one come back. \
				Sorted by relevance unless `sort` says otherwise.""",
				schema = @Schema(maxLength = ExerciseQuery.MAX_QUERY), example = "piriformis") @Size(
						max = ExerciseQuery.MAX_QUERY, message = "must be at most {max} characters long") String q,
		@Parameter(description = "Page number, from 0.",
				schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "10000",
						defaultValue = "0")) @Min(value = 0, message = "must be 0 or more") @Max(
								value = ExerciseQuery.MAX_PAGE, message = "must be at most {value}") Integer page,
		@Parameter(description = "Items per page.",
				schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
						defaultValue = "20")) @Min(value = 1, message = "must be at least {value}") @Max(
								value = ExerciseQuery.MAX_SIZE, message = "must be at most {value}") Integer size,
		@Parameter(
				description = "Order: `name`, `difficulty` or `duration`, optionally with `,asc` or `,desc`. Default: relevance when `q` is given, else name.",
				schema = @Schema(type = "string", allowableValues = {
						"name", "name,asc", "name,desc", "difficulty", "difficulty,asc", "difficulty,desc", "duration",
						"duration,asc", "duration,desc" }),
				example = "name") String sort,
		@Parameter(description = """
				Adds `facets` to the answer: for each filter named here (repeat or \
				comma-separate), every value with the number of exercises it would give. Each \
				count applies every other filter and `q`, but not the facet's own filter, so a \
				filter panel can show how many seated exercises there are while `standing` is \
				picked.""", array = @ArraySchema(schema = @Schema(implementation = Facet.class)),
				example = "position") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<Facet> facets){

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

	/**
	 * The same query, for one goal only.
	 * @param only the goal
	 * @return a copy whose goal filter is {@code only}
	 */
	public ExerciseQuery withGoal(Goal only) {
		return new ExerciseQuery(List.of(only), this.muscle, this.region, this.position, this.equipment,
				this.difficulty, this.q, this.page, this.size, this.sort, this.facets);
	}

	ExerciseFilter filter() {
		return new ExerciseFilter(Set.copyOf(this.goal), Set.copyOf(this.muscle), Set.copyOf(this.region),
				Set.copyOf(this.position), Set.copyOf(this.equipment), Set.copyOf(this.difficulty),
				(this.q != null && !this.q.isBlank()) ? this.q : null);
	}

}
