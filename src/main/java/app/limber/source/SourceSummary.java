package app.limber.source;

import app.limber.catalogue.model.SourceEntry;
import app.limber.catalogue.wire.SourceKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An article the catalogue is taken from, or a reference an article cites.
 *
 * @param slug the source's id
 * @param kind {@code article} or {@code reference}
 * @param title its title
 * @param authors its authors, when known
 * @param publisher its publisher or journal, when known
 * @param year its year, when known
 * @param citedBy for a reference, the slug of the article that cites it
 * @param titleIsDescriptive {@code true} when the article has no title of its own and
 * {@code title} describes it in its own words
 */
record SourceSummary(@Schema(example = "lee-2024-exercise-interventions") String slug, SourceKind kind,
		@Schema(example = "Exercise interventions for lower back and glute pain") String title,
		@Schema(example = "Lee, H., et al.") @Nullable String authors,
		@Schema(example = "Scientific Reports") @Nullable String publisher,
		@Schema(example = "2024") @Nullable Integer year,
		@Schema(example = "relieve-lower-back-and-glute-pain-with-exercises") @Nullable String citedBy,
		boolean titleIsDescriptive) {

	static SourceSummary of(SourceEntry source) {
		return new SourceSummary(source.slug(), source.kind(), source.title(), source.authors(), source.publisher(),
				source.year(), source.citedBy(), source.titleIsDescriptive());
	}

}
