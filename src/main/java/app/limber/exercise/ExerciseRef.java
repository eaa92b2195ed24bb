package app.limber.exercise;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A link to an exercise: enough to show it in a list and fetch it in full.
 *
 * @param slug the exercise's id
 * @param name its name
 */
public record ExerciseRef(@Schema(example = "glute-bridge") String slug,
		@Schema(example = "Glute bridge") String name) {

	static ExerciseRef of(Exercise exercise) {
		return new ExerciseRef(exercise.getSlug(), exercise.getName());
	}

}
