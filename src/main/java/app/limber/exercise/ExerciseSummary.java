package app.limber.exercise;

import java.util.List;

import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.wire.Technique;
import app.limber.web.WrittenOnce;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

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
 * @param technique {@code movement}, or {@code self-massage} for foam rolling, which
 * serves none of the goals
 * @param primaryMuscles the muscles it mainly works
 * @param estimatedDurationSeconds an estimate from its dosage; {@code null} when the
 * articles give no numbers
 */
@WrittenOnce
public record ExerciseSummary(@Schema(example = "glute-bridge") String slug,
		@Schema(example = "Glute bridge") String name,
		@Schema(example = "Lift the hips off the floor by squeezing the glutes.") String summary,
		@ArraySchema(arraySchema = @Schema(example = "[\"strengthen\", \"stabilise\"]")) List<Goal> goals,
		Position position, boolean onFloor, List<Equipment> equipment, Difficulty difficulty, Technique technique,
		List<MuscleRef> primaryMuscles, @Schema(example = "60") @Nullable Integer estimatedDurationSeconds) {

	static ExerciseSummary of(ExerciseEntry exercise) {
		return new ExerciseSummary(exercise.slug(), exercise.name(), exercise.summary(), exercise.goals(),
				exercise.position(), exercise.onFloor(), exercise.equipment(), exercise.difficulty(),
				exercise.technique(), exercise.primaryMuscles().stream().map(MuscleRef::of).toList(),
				exercise.estimatedDurationSeconds());
	}

	// Looked up by value for every summary an answer lists (WrittenOnceJson): the slug
	// alone tells summaries apart, its String keeps its hash, and a record's own hash
	// goes through every component by method handles, which cost until the JIT has
	// compiled them and inlined them away.
	@Override
	public int hashCode() {
		return this.slug.hashCode();
	}

}
