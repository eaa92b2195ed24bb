package app.limber.exercise;

import app.limber.catalogue.wire.BodyRegion;
import app.limber.catalogue.model.MuscleEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A link to a muscle an exercise works.
 *
 * @param slug the muscle's id
 * @param name its name
 * @param region the body region it belongs to
 */
public record MuscleRef(@Schema(example = "gluteus-maximus") String slug,
		@Schema(example = "Gluteus maximus") String name, BodyRegion region) {

	static MuscleRef of(MuscleEntry muscle) {
		return new MuscleRef(muscle.slug(), muscle.name(), muscle.region());
	}

}
