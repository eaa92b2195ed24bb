package app.limber.muscle;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.MuscleEntry;
import app.limber.catalogue.model.ReadModel;
import app.limber.problem.NotFoundException;
import app.limber.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The muscles exercises target, for a muscle picker, and the exercises for each.
 */
@RestController
@RequestMapping(path = "/api/v1/muscles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Muscles", description = "The muscles exercises target.")
class MuscleController {

	private final ReadModel readModel;

	MuscleController(ReadModel readModel) {
		this.readModel = readModel;
	}

	@GetMapping
	@Operation(operationId = "listMuscles", summary = "List muscles",
			description = "Every muscle, by name, optionally in one body region.")
	Items<MuscleSummary> list(MuscleQuery query) {
		Catalogue catalogue = this.readModel.current();
		return new Items<>(catalogue.muscles()
			.stream()
			.filter(query::keeps)
			.map((muscle) -> MuscleSummary.of(muscle, catalogue.exerciseCount(muscle)))
			.toList());
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getMuscle", summary = "Get one muscle with its exercises",
			description = "The exercises that work it, split into those whose primary target it is and those it helps in.")
	MuscleDetail get(
			@PathVariable @Parameter(description = "The muscle's slug.", example = "gluteus-maximus") String slug) {
		Catalogue catalogue = this.readModel.current();
		MuscleEntry muscle = catalogue.muscle(slug).orElseThrow(() -> new NotFoundException("muscle", slug));
		return MuscleDetail.of(muscle, catalogue.exercisesWorking(muscle));
	}

}
