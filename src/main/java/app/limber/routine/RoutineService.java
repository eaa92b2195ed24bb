package app.limber.routine;

import app.limber.catalogue.Catalogue;
import app.limber.catalogue.ReadModel;

import org.springframework.stereotype.Service;

/**
 * Builds routines on the catalogue being served, with a planner made once per version of
 * the catalogue (see {@link RoutinePlanner}).
 */
@Service
class RoutineService {

	private final ReadModel readModel;

	private volatile RoutinePlanner planner;

	RoutineService(ReadModel readModel) {
		this.readModel = readModel;
	}

	Routine build(RoutineQuery query) {
		return planner().plan(query);
	}

	// A new catalogue gets a new planner; two requests racing to make it both make an
	// equal one, and either will do.
	private RoutinePlanner planner() {
		Catalogue catalogue = this.readModel.current();
		RoutinePlanner current = this.planner;
		if (current == null || current.catalogue() != catalogue) {
			current = new RoutinePlanner(catalogue);
			this.planner = current;
		}
		return current;
	}

}
