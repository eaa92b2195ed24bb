package app.limber.caution;

import java.util.List;

import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.wire.Severity;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A caution as the caution list shows it.
 *
 * @param slug the caution's id
 * @param title a short title
 * @param severity {@code stop} (stop and seek help), {@code warning} or {@code info}
 * @param text the guidance
 * @param general whether it applies to every exercise
 * @param sources the slugs of the articles it comes from
 */
record CautionSummary(@Schema(example = "stop-if-pain-worsens") String slug,
		@Schema(example = "Stop if an exercise causes or worsens pain") String title, Severity severity, String text,
		boolean general, List<String> sources) {

	static CautionSummary of(CautionEntry caution) {
		return new CautionSummary(caution.slug(), caution.title(), caution.severity(), caution.text(),
				caution.general(), caution.sources());
	}

}
