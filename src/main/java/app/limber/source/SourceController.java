package app.limber.source;

import app.limber.catalogue.model.ReadModel;
import app.limber.web.Items;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the catalogue comes from: the five articles and the references they cite.
 */
@RestController
@RequestMapping(path = "/api/v1/sources", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sources", description = "The articles the catalogue is taken from, and the references they cite.")
class SourceController {

	private final ReadModel readModel;

	SourceController(ReadModel readModel) {
		this.readModel = readModel;
	}

	@GetMapping
	@Operation(operationId = "listSources", summary = "List the sources",
			description = "The articles first, then the references, each by slug.")
	Items<SourceSummary> list() {
		return new Items<>(this.readModel.current().sources().stream().map(SourceSummary::of).toList());
	}

}
