package app.limber.muscle;

import java.util.List;
import java.util.function.Function;

import app.limber.catalogue.wire.BodyRegion;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.MuscleEntry;
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
	 * A muscle with the exercises that work it.
	 * @param muscle the muscle
	 * @param working the exercises that work it, as a primary or a secondary target
	 * @return the muscle and its exercises, split by role
	 */
	static MuscleDetail of(MuscleEntry muscle, List<ExerciseEntry> working) {
		return new MuscleDetail(muscle.slug(), muscle.name(), muscle.region(), muscle.description(), muscle.aliases(),
				new Exercises(refs(working, ExerciseEntry::primaryMuscles, muscle),
						refs(working, ExerciseEntry::secondaryMuscles, muscle)));
	}

	private static List<ExerciseRef> refs(List<ExerciseEntry> working, Function<ExerciseEntry, List<MuscleEntry>> role,
			MuscleEntry muscle) {
		return working.stream()
			.filter((exercise) -> role.apply(exercise).contains(muscle))
			.map(ExerciseRef::of)
			.toList();
	}

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
