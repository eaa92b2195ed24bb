package app.limber.cause;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CauseEntry;
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
 * The causes of pain the articles name, and the exercises each article ties to them.
 */
@RestController
@RequestMapping(path = "/api/v1/causes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Causes",
		description = "What the articles say lies behind lower back and glute pain, and the exercises they tie to each cause.")
class CauseController {

	private final ReadModel readModel;

	CauseController(ReadModel readModel) {
		this.readModel = readModel;
	}

	@GetMapping
	@Operation(operationId = "listCauses", summary = "List causes",
			description = "Every cause the articles name, by name, with the articles that name it, the words people use for it and how many exercises the articles tie to it.")
	Items<CauseSummary> list() {
		Catalogue catalogue = this.readModel.current();
		return new Items<>(catalogue.causes()
			.stream()
			.map((cause) -> CauseSummary.of(cause, catalogue.exercisesFor(cause).size()))
			.toList());
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getCause", summary = "Get one cause with its exercises",
			description = "The exercises the articles tie to the cause, by name, each with why: the article that makes the link, its reason, and whether the article says so or implies it.")
	CauseDetail get(
			@PathVariable @Parameter(description = "The cause's slug.", example = "prolonged-sitting") String slug) {
		Catalogue catalogue = this.readModel.current();
		CauseEntry cause = catalogue.cause(slug).orElseThrow(() -> new NotFoundException("cause", slug));
		return CauseDetail.of(cause, catalogue.exercisesFor(cause));
	}

}
