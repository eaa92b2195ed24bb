package app.limber.routine;

import java.lang.reflect.Method;
import java.util.List;

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
	public @Nullable Object answer(PlainQuery query) {
		Object[] arguments = { query.integer("minutes"), query.values("goal", Goal.class),
				query.values("position", Position.class), query.values("equipment", Equipment.class),
				query.values("difficulty", Difficulty.class), query.texts("muscle"),
				query.values("avoid-position", Position.class), query.bool("avoid-floor"), query.integer("seed") };
		if (!this.validator.validateParameters(this.controller, this.build, arguments).isEmpty()) {
			return null;
		}
		return plan(arguments);
	}

	@SuppressWarnings("unchecked")
	private Object plan(Object[] arguments) {
		return this.controller.build((Integer) arguments[0], (List<Goal>) arguments[1], (List<Position>) arguments[2],
				(List<Equipment>) arguments[3], (List<Difficulty>) arguments[4], (List<String>) arguments[5],
				(List<Position>) arguments[6], (Boolean) arguments[7], (Integer) arguments[8]);
	}

}
