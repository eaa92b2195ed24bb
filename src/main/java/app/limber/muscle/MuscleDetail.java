package app.limber.muscle;

import app.limber.catalogue.BodyRegion;
import java.util.List;

import app.limber.exercise.ExerciseRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A muscle with the exercises that work it.
 *
 * @param slug the muscle's id
 * @param name its name
 * @param region the body region it belongs to
 * @param description what it does
 * @param aliases other names for it
 * @param exercises the exercises that work it
 */
record MuscleDetail(@Schema(example = "piriformis") String slug, @Schema(example = "Piriformis") String name,
		BodyRegion region, String description, List<String> aliases, Exercises exercises) {

	/**
	 * The exercises that work a muscle.
	 *
	 * @param primary exercises whose main target it is
	 * @param secondary exercises it helps in
	 */
	@Schema(name = "MuscleExercises")
	record Exercises(List<ExerciseRef> primary, List<ExerciseRef> secondary) {
	}

}
