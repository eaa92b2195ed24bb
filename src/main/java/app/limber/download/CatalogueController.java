package app.limber.download;

import app.limber.catalogue.model.PerCatalogue;
import app.limber.catalogue.model.ReadModel;
import app.limber.exercise.ExerciseService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole catalogue in one download, built once per catalogue version: the answer is
 * then cached, tagged and compressed like every other (see the HTTP edge).
 */
@RestController
@RequestMapping(path = "/api/v1/catalogue", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "The whole catalogue in one download, for offline apps.")
class CatalogueController {

	// A new catalogue swapped into the read model gets its own document on first request.
	private final PerCatalogue<CatalogueDocument> documents;

	CatalogueController(ReadModel readModel, ExerciseService exercises) {
		this.documents = new PerCatalogue<>(readModel,
				(catalogue) -> CatalogueDocument.of(catalogue, exercises.all(catalogue)));
	}

	@GetMapping
	@Operation(operationId = "getCatalogue", summary = "Download the whole catalogue",
			description = """
					The catalogue's version and every exercise in full, exactly as /api/v1/exercises/{slug} \
					gives it (muscles, cautions, variations and sources included), and every cause as \
					/api/v1/causes/{slug} gives it, in one document for apps that work offline. Fetch it once; then send its ETag in If-None-Match: the answer is a \
					304 with no body until the catalogue changes. Gzipped for clients that accept it.""")
	CatalogueDocument get() {
		return this.documents.get();
	}

}
