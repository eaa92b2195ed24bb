package app.limber.download;

import java.util.List;

import app.limber.catalogue.model.Catalogue;
import app.limber.cause.CauseDetail;
import app.limber.exercise.ExerciseDetail;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The whole catalogue in one document: every exercise in full, exactly as
 * {@code /api/v1/exercises/{slug}} gives it, and every cause as
 * {@code /api/v1/causes/{slug}} gives it.
 *
 * @param version the catalogue's version, as the {@code Limber-Catalogue-Version} header
 * gives it: it changes whenever the content does
 * @param exerciseCount how many exercises there are
 * @param exercises every exercise in full, by name (the order of
 * {@code /api/v1/exercises})
 * @param causes what the articles say lies behind the pain, by name, each with the
 * exercises tied to it (the order of {@code /api/v1/causes})
 */
@Schema(name = "Catalogue")
record CatalogueDocument(@Schema(example = "3f1c0a9be2d47a10") String version,
		@Schema(example = "30") int exerciseCount, List<ExerciseDetail> exercises, List<CauseDetail> causes) {

	static CatalogueDocument of(Catalogue catalogue, List<ExerciseDetail> exercises) {
		return new CatalogueDocument(catalogue.version().shortHash(), catalogue.exercises().size(), exercises,
				catalogue.causes()
					.stream()
					.map((cause) -> CauseDetail.of(cause, catalogue.exercisesFor(cause)))
					.toList());
	}

}
