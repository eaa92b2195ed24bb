package app.limber.exercise;

import java.util.List;
import java.util.Set;

import app.limber.goal.Goal;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An exercise as a list shows it.
 *
 * @param slug the exercise's id
 * @param name its name
 * @param summary one sentence about it
 * @param goals what it is for
 * @param position the body position it is done in
 * @param onFloor whether it needs getting down onto the floor
 * @param equipment what it needs; {@code none} for bodyweight only
 * @param difficulty how demanding it is
 * @param primaryMuscles the muscles it mainly works
 * @param estimatedDurationSeconds an estimate from its dosage; {@code null} when the
 * articles give no numbers
 */
public record ExerciseSummary(@Schema(example = "glute-bridge") String slug,
		@Schema(example = "Glute bridge") String name,
		@Schema(example = "Lift the hips off the floor by squeezing the glutes.") String summary,
		@ArraySchema(arraySchema = @Schema(example = "[\"strengthen\", \"stabilise\"]")) List<Goal> goals,
		Position position, boolean onFloor, List<Equipment> equipment, Difficulty difficulty,
		List<MuscleRef> primaryMuscles, @Schema(example = "60", nullable = true,
				requiredMode = Schema.RequiredMode.REQUIRED) Integer estimatedDurationSeconds) {

	static ExerciseSummary of(Exercise exercise) {
		return new ExerciseSummary(exercise.getSlug(), exercise.getName(), exercise.getSummary(),
				sorted(exercise.getGoals()), exercise.getPosition(), exercise.isOnFloor(),
				sorted(exercise.getEquipment()), exercise.getDifficulty(),
				exercise.getMuscles()
					.stream()
					.filter((target) -> target.getRole() == MuscleRole.PRIMARY)
					.map((target) -> MuscleRef.of(target.getMuscle()))
					.toList(),
				exercise.getEstimatedDurationSeconds());
	}

	static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		return values.stream().sorted().toList();
	}

}
