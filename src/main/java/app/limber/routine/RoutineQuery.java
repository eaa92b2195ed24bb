package app.limber.routine;

import java.util.List;
import java.util.Objects;

import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.exercise.ExerciseQuery;
import app.limber.catalogue.Position;
import app.limber.catalogue.Goal;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.BindParam;

/**
 * The query parameters of {@code GET /api/v1/routines}. Repeated parameters may also be
 * comma-separated.
 *
 * @param minutes the time budget
 * @param goal the goals to cover; all three when absent
 * @param position only these positions
 * @param equipment only exercises needing one of these; {@code none} for bodyweight only
 * @param difficulty only these difficulties
 * @param muscle only exercises working one of these muscles
 * @param avoidPosition never these positions
 * @param avoidFloor never an exercise that needs getting down onto the floor
 * @param seed picks a different but reproducible selection
 */
record RoutineQuery(
		@Parameter(description = "Time budget in minutes; the routine never takes longer.",
				schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "90",
						defaultValue = "10"),
				example = "10") @Min(value = 1, message = "must be at least {value}") @Max(
						value = RoutineQuery.MAX_MINUTES, message = "must be at most {value}") Integer minutes,
		@Parameter(description = "Goals to cover, each represented when the budget allows. Default: all three.",
				array = @ArraySchema(schema = @Schema(implementation = Goal.class)), example = "stretch") @Size(
						max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values") List<Goal> goal,
		@Parameter(description = "Only these body positions.",
				array = @ArraySchema(schema = @Schema(implementation = Position.class)), example = "standing") @Size(
						max = ExerciseQuery.MAX_VALUES, message = "takes at most {max} values") List<Position> position,
		@Parameter(description = "Only exercises that need one of these; `none` means bodyweight only.",
				array = @ArraySchema(schema = @Schema(implementation = Equipment.class)),
				example = "none") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<Equipment> equipment,
		@Parameter(description = "Only these difficulties.",
				array = @ArraySchema(schema = @Schema(implementation = Difficulty.class)),
				example = "beginner") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<Difficulty> difficulty,
		@Parameter(description = "Only exercises that work one of these muscles (slugs from /api/v1/muscles).",
				array = @ArraySchema(schema = @Schema(type = "string", maxLength = 60)),
				example = "gluteus-maximus") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<String> muscle,
		@Parameter(name = "avoid-position",
				description = "Never these positions, e.g. `kneeling` for someone who cannot kneel.",
				array = @ArraySchema(schema = @Schema(implementation = Position.class)),
				example = "kneeling") @BindParam("avoid-position") @Size(max = ExerciseQuery.MAX_VALUES,
						message = "takes at most {max} values") List<Position> avoidPosition,
		@Parameter(name = "avoid-floor",
				description = "`true`: never an exercise that needs getting down onto the floor (the \"I can't get on the floor\" toggle).",
				schema = @Schema(type = "boolean",
						defaultValue = "false")) @BindParam("avoid-floor") Boolean avoidFloor,
		@Parameter(
				description = "Any whole number: a different but reproducible selection. The same inputs always give the same routine.",
				schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "2147483647",
						defaultValue = "0"),
				example = "7") @Min(value = 0, message = "must be 0 or more") Integer seed) {

	/** The largest time budget. */
	static final int MAX_MINUTES = 90;

	/** The time budget when none is given. */
	static final int DEFAULT_MINUTES = 10;

	RoutineQuery {
		minutes = (minutes != null) ? minutes : DEFAULT_MINUTES;
		goal = present(goal);
		position = present(position);
		equipment = present(equipment);
		difficulty = present(difficulty);
		muscle = present(muscle).stream().map(String::strip).filter((slug) -> !slug.isEmpty()).toList();
		avoidPosition = present(avoidPosition);
		avoidFloor = Boolean.TRUE.equals(avoidFloor);
		seed = (seed != null) ? seed : 0;
	}

	private static <T> List<T> present(List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

}
