package app.limber.muscle;

import java.util.List;

import app.limber.catalogue.model.MuscleEntry;

/**
 * What a list of muscles is asked for.
 *
 * @param regions the body regions to keep, as the contract spells them; empty for every
 * muscle
 */
record MuscleQuery(List<String> regions) {

	MuscleQuery {
		regions = List.copyOf(regions);
	}

	boolean keeps(MuscleEntry muscle) {
		return this.regions.isEmpty() || this.regions.contains(muscle.region().value());
	}

}
