package app.limber.muscle;

import java.util.List;

import app.limber.catalogue.wire.BodyRegion;
import app.limber.catalogue.model.MuscleEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A muscle as the muscle list shows it.
 *
 * @param slug the muscle's id, as {@code /exercises?muscle=} takes it
 * @param name its name
 * @param region the body region it belongs to
 * @param description what it does
 * @param aliases other names for it
 * @param exerciseCount how many exercises work it
 */
record MuscleSummary(@Schema(example = "gluteus-maximus") String slug, @Schema(example = "Gluteus maximus") String name,
		BodyRegion region, String description, List<String> aliases, @Schema(example = "18") int exerciseCount) {

	static MuscleSummary of(MuscleEntry muscle, int exerciseCount) {
		return new MuscleSummary(muscle.slug(), muscle.name(), muscle.region(), muscle.description(), muscle.aliases(),
				exerciseCount);
	}

}
