package app.limber.caution;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CautionEntry;
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
 * Safety guidance to show next to exercises, and the exercises each applies to.
 */
@RestController
@RequestMapping(path = "/api/v1/cautions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cautions", description = "Safety guidance: general, or for specific exercises.")
class CautionController {

	private final ReadModel readModel;

	CautionController(ReadModel readModel) {
		this.readModel = readModel;
	}

	@GetMapping
	@Operation(operationId = "listCautions", summary = "List cautions",
			description = "Every caution, most serious first (stop, warning, info), general before exercise-specific, optionally of one severity.")
	Items<CautionSummary> list(CautionQuery query) {
		return new Items<>(
				this.readModel.current().cautions().stream().filter(query::keeps).map(CautionSummary::of).toList());
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getCaution", summary = "Get one caution with the exercises it applies to",
			description = "A general caution applies to every exercise.")
	CautionDetail get(@PathVariable @Parameter(description = "The caution's slug.",
			example = "neutral-spine-under-load") String slug) {
		Catalogue catalogue = this.readModel.current();
		CautionEntry caution = catalogue.caution(slug).orElseThrow(() -> new NotFoundException("caution", slug));
		return CautionDetail.of(caution, catalogue.exercisesCautionedBy(caution));
	}

}
