package app.limber.exercise;

import java.util.function.Supplier;

import app.limber.catalogue.BodyRegion;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.Facet;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;
import app.limber.web.DirectRoute;
import app.limber.web.PlainQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Answers the plain questions of {@code GET /api/v1/exercises} without Spring MVC's
 * dispatch (see {@link DirectRoute}): the long tail of searches and filter panels.
 * Parameters outside their limits go on to Spring MVC, which validates them and names
 * what is wrong.
 */
@Component
class ExerciseListRoute implements DirectRoute {

	private final ExerciseController controller;

	ExerciseListRoute(ExerciseController controller) {
		this.controller = controller;
	}

	@Override
	public String path() {
		return "/api/v1/exercises";
	}

	@Override
	public @Nullable Supplier<Object> bind(PlainQuery query) {
		ExerciseListParameters parameters = new ExerciseListParameters();
		parameters.setGoal(query.values("goal", Goal.class));
		parameters.setMuscle(query.texts("muscle"));
		parameters.setRegion(query.values("region", BodyRegion.class));
		parameters.setPosition(query.values("position", Position.class));
		parameters.setEquipment(query.values("equipment", Equipment.class));
		parameters.setDifficulty(query.values("difficulty", Difficulty.class));
		parameters.setQ(query.text("q"));
		parameters.setPage(query.integer("page"));
		parameters.setSize(query.integer("size"));
		parameters.setSort(query.text("sort"));
		parameters.setFacets(query.values("facets", Facet.class));
		if (!parameters.withinLimits()) {
			return null;
		}
		return () -> this.controller.list(parameters);
	}

}
