package app.limber.caution;

import java.util.List;

import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.wire.Severity;
import app.limber.exercise.ExerciseRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A caution with the exercises it applies to: every exercise for a general caution.
 *
 * @param slug the caution's id
 * @param title a short title
 * @param severity {@code stop} (stop and seek help), {@code warning} or {@code info}
 * @param text the guidance
 * @param general whether it applies to every exercise
 * @param sources the slugs of the articles it comes from
 * @param exercises the exercises it applies to, by name
 */
record CautionDetail(@Schema(example = "neutral-spine-under-load") String slug,
		@Schema(example = "Keep a neutral spine") String title, Severity severity, String text, boolean general,
		List<String> sources, List<ExerciseRef> exercises) {

	static CautionDetail of(CautionEntry caution, List<ExerciseEntry> exercises) {
		return new CautionDetail(caution.slug(), caution.title(), caution.severity(), caution.text(), caution.general(),
				caution.sources(), exercises.stream().map(ExerciseRef::of).toList());
	}

}
