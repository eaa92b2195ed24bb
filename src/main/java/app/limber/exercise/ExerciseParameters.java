package app.limber.exercise;

import java.util.List;

import app.limber.catalogue.BodyRegion;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
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
 * The query parameters of every page of exercises, the goal aside: with
 * {@link ExerciseListParameters} what {@code /exercises} takes, and with the goal
 * package's own query type what {@code /goals/{goal}/exercises} takes. Spring MVC binds
 * them through the setters and validates the fields. Not a record on purpose: Spring
 * binds a record through its constructor and reads the constructor's parameter
 * annotations anew on every request (the JDK does not cache them), which cost more than
 * the rest of the answer (README, "Performance"); a bean's properties are introspected
 * once per class.
 */
public class ExerciseParameters {

	@Parameter(description = "Muscle slug (see /api/v1/muscles): repeat for any of several.",
			array = @ArraySchema(
					schema = @Schema(type = "string", maxLength = ExerciseQuery.MAX_SLUG, example = "gluteus-maximus")))
	@Size(max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values")
	private List<String> muscle;

	@Parameter(description = "Body region of a muscle the exercise works: repeat for any of several.",
			array = @ArraySchema(schema = @Schema(implementation = BodyRegion.class, example = "glutes")))
	@Size(max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values")
	private List<BodyRegion> region;

	@Parameter(description = "Body position: repeat for any of several.",
			array = @ArraySchema(schema = @Schema(implementation = Position.class, example = "standing")))
	@Size(max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values")
	private List<Position> position;

	@Parameter(description = "Equipment: repeat for any of several; `none` means bodyweight only.",
			array = @ArraySchema(schema = @Schema(implementation = Equipment.class, example = "none")))
	@Size(max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values")
	private List<Equipment> equipment;

	@Parameter(description = "Difficulty: repeat for any of several.",
			array = @ArraySchema(schema = @Schema(implementation = Difficulty.class, example = "beginner")))
	@Size(max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values")
	private List<Difficulty> difficulty;

	@Parameter(description = """
			What a person typed into the search box. Finds word forms ("hamstrings" and \
			"hamstring"), typos (one from four letters, two from seven), the last word while \
			it is typed ("pir" finds the piriformis stretch), aliases, words written apart, \
			joined or hyphenated ("cat cow", "catcow", "cat-cow", "dead lift"), numbers as \
			digits or words ("figure 4"), muscle and body-region names, and the conditions the \
			articles name ("sciatica", "prolonged sitting"). Searches names, aliases, \
			summaries, why each helps, steps and muscles; names and aliases count most, and \
			text that has the words as typed, in order, ranks higher. Every word must match, \
			but stop words ("what", "after", "all") need not, and "exercises" and "workout" \
			only help rank; when nothing has them all, words are left out one at a time \
			(first one nothing has, then one that matches only as a typo, then the commonest) \
			until something matches the rest. \
			Sorted by relevance unless `sort` says otherwise.""", schema = @Schema(maxLength = ExerciseQuery.MAX_QUERY),
			example = "piriformis")
	@Size(max = ExerciseQuery.MAX_QUERY, message = "must be at most {max} characters long")
	private String q;

	@Parameter(description = "Page number, from 0.",
			schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "" + ExerciseQuery.MAX_PAGE,
					defaultValue = "0"))
	@Min(value = 0, message = "must be 0 or more")
	@Max(value = ExerciseQuery.MAX_PAGE, message = "must be at most {value}")
	private Integer page;

	@Parameter(description = "Items per page.",
			schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + ExerciseQuery.MAX_SIZE,
					defaultValue = "" + ExerciseQuery.DEFAULT_SIZE))
	@Min(value = 1, message = "must be at least {value}")
	@Max(value = ExerciseQuery.MAX_SIZE, message = "must be at most {value}")
	private Integer size;

	@Parameter(
			description = "Order: `name`, `difficulty` or `duration`, optionally with `,asc` or `,desc`. Default: relevance when `q` is given, else name.",
			schema = @Schema(implementation = ExerciseSort.class), example = "name")
	private String sort;

	@Parameter(description = """
			Adds `facets` to the answer: for each filter named here (repeat or \
			comma-separate), every value with the number of exercises it would give. Each \
			count applies every other filter and `q`, but not the facet's own filter, so a \
			filter panel can show how many seated exercises there are while `standing` is \
			picked.""", array = @ArraySchema(schema = @Schema(implementation = Facet.class, example = "position")))
	@Size(max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values")
	private List<Facet> facets;

	public List<String> getMuscle() {
		return this.muscle;
	}

	public void setMuscle(List<String> muscle) {
		this.muscle = muscle;
	}

	public List<BodyRegion> getRegion() {
		return this.region;
	}

	public void setRegion(List<BodyRegion> region) {
		this.region = region;
	}

	public List<Position> getPosition() {
		return this.position;
	}

	public void setPosition(List<Position> position) {
		this.position = position;
	}

	public List<Equipment> getEquipment() {
		return this.equipment;
	}

	public void setEquipment(List<Equipment> equipment) {
		this.equipment = equipment;
	}

	public List<Difficulty> getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(List<Difficulty> difficulty) {
		this.difficulty = difficulty;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public List<Facet> getFacets() {
		return this.facets;
	}

	public void setFacets(List<Facet> facets) {
		this.facets = facets;
	}

	/**
	 * Whether every limit the fields' constraints declare holds: what Bean Validation
	 * would say of them, without its cost, which was 6 % of the request threads' CPU
	 * under the long tail ({@code ExerciseListRoute}; README, "Performance"). A test
	 * holds the two to the same verdict, and fails when a constraint is added that this
	 * does not check.
	 * @return {@code true} when validating these parameters would find nothing wrong
	 */
	boolean withinLimits() {
		return atMost(this.muscle, ExerciseQuery.MAX_VALUES) && atMost(this.region, ExerciseQuery.MAX_VALUES)
				&& atMost(this.position, ExerciseQuery.MAX_VALUES) && atMost(this.equipment, ExerciseQuery.MAX_VALUES)
				&& atMost(this.difficulty, ExerciseQuery.MAX_VALUES)
				&& (this.q == null || this.q.length() <= ExerciseQuery.MAX_QUERY)
				&& between(this.page, 0, ExerciseQuery.MAX_PAGE) && between(this.size, 1, ExerciseQuery.MAX_SIZE)
				&& atMost(this.facets, ExerciseQuery.MAX_VALUES);
	}

	static boolean atMost(List<?> values, int max) {
		return values == null || values.size() <= max;
	}

	private static boolean between(Integer value, int min, int max) {
		return value == null || (value >= min && value <= max);
	}

	/**
	 * The query these parameters ask, for some goals.
	 * @param goal the goals, empty for all
	 * @return the query
	 */
	public ExerciseQuery query(List<Goal> goal) {
		return new ExerciseQuery(goal, this.muscle, this.region, this.position, this.equipment, this.difficulty, this.q,
				this.page, this.size, this.sort, this.facets);
	}

}
