package app.limber.routine;

import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Supplier;

import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;
import app.limber.web.DirectRoute;
import app.limber.web.PlainQuery;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Answers the plain questions of {@code GET /api/v1/routines} without Spring MVC's
 * dispatch (see {@link DirectRoute}): routines are asked for with many combinations, so
 * few answers repeat.
 */
@Component
class RoutineRoute implements DirectRoute {

	private final RoutineController controller;

	private final ExecutableValidator validator;

	// The controller's method, whose parameter constraints Spring MVC validates.
	private final Method build;

	RoutineRoute(RoutineController controller, Validator validator) throws NoSuchMethodException {
		this.controller = controller;
		this.validator = validator.forExecutables();
		this.build = RoutineController.class.getDeclaredMethod("build", Integer.class, List.class, List.class,
				List.class, List.class, List.class, List.class, Boolean.class, Integer.class);
	}

	@Override
	public String path() {
		return "/api/v1/routines";
	}

	@Override
	public @Nullable Supplier<Object> bind(PlainQuery query) {
		Integer minutes = query.integer("minutes");
		List<Goal> goal = query.values("goal", Goal.class);
		List<Position> position = query.values("position", Position.class);
		List<Equipment> equipment = query.values("equipment", Equipment.class);
		List<Difficulty> difficulty = query.values("difficulty", Difficulty.class);
		List<String> muscle = query.texts("muscle");
		List<Position> avoidPosition = query.values("avoid-position", Position.class);
		Boolean avoidFloor = query.bool("avoid-floor");
		Integer seed = query.integer("seed");
		Object[] arguments = { minutes, goal, position, equipment, difficulty, muscle, avoidPosition, avoidFloor,
				seed };
		if (!this.validator.validateParameters(this.controller, this.build, arguments).isEmpty()) {
			return null;
		}
		return () -> this.controller.build(minutes, goal, position, equipment, difficulty, muscle, avoidPosition,
				avoidFloor, seed);
	}

}
