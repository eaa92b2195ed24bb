package app.limber.download;

import java.util.concurrent.atomic.AtomicReference;

import app.limber.catalogue.Catalogue;
import app.limber.catalogue.ReadModel;
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

	private final ReadModel readModel;

	private final ExerciseService exercises;

	// The document of the catalogue last served: a new catalogue swapped into the read
	// model gets its own on first request.
	private final AtomicReference<Built> built = new AtomicReference<>();

	CatalogueController(ReadModel readModel, ExerciseService exercises) {
		this.readModel = readModel;
		this.exercises = exercises;
	}

	@GetMapping
	@Operation(operationId = "getCatalogue", summary = "Download the whole catalogue", description = """
			The catalogue's version and every exercise in full, exactly as /api/v1/exercises/{slug} \
			gives it (muscles, cautions, variations and sources included), in one document for apps \
			that work offline. Fetch it once; then send its ETag in If-None-Match: the answer is a \
			304 with no body until the catalogue changes. Gzipped for clients that accept it.""")
	CatalogueDocument get() {
		Catalogue catalogue = this.readModel.current();
		Built last = this.built.get();
		if (last == null || last.catalogue() != catalogue) {
			last = new Built(catalogue, CatalogueDocument.of(catalogue, this.exercises.all(catalogue)));
			this.built.set(last);
		}
		return last.document();
	}

	private record Built(Catalogue catalogue, CatalogueDocument document) {
	}

}
