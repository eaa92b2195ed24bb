package app.limber.exercise;

import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseLink;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A link to an exercise: enough to show it in a list and fetch it in full.
 *
 * @param slug the exercise's id
 * @param name its name
 */
public record ExerciseRef(@Schema(example = "glute-bridge") String slug,
		@Schema(example = "Glute bridge") String name) {

	/**
	 * A link to an exercise.
	 * @param exercise the exercise
	 * @return its slug and name
	 */
	public static ExerciseRef of(ExerciseEntry exercise) {
		return new ExerciseRef(exercise.slug(), exercise.name());
	}

	/**
	 * A link to an exercise.
	 * @param link the read model's link
	 * @return its slug and name
	 */
	public static ExerciseRef of(ExerciseLink link) {
		return new ExerciseRef(link.slug(), link.name());
	}

}
