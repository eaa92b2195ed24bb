package app.limber.cause;

import java.util.List;

import app.limber.catalogue.model.CauseEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cause as the cause list shows it.
 *
 * @param slug the cause's id
 * @param name its name
 * @param summary what the articles say of it
 * @param sources the slugs of the articles that name it
 * @param terms the words people use for it, which search finds its exercises by
 * @param exerciseCount how many exercises the articles tie to it
 */
record CauseSummary(@Schema(example = "prolonged-sitting") String slug,
		@Schema(example = "Prolonged sitting and inactivity") String name,
		@Schema(example = "Long hours of sitting, in the office or on car commutes, and a sedentary lifestyle slowly tighten the hips and hip flexors and weaken the glutes, so the lower back takes the strain.") String summary,
		List<String> sources, List<String> terms, @Schema(example = "7") int exerciseCount) {

	static CauseSummary of(CauseEntry cause, int exerciseCount) {
		return new CauseSummary(cause.slug(), cause.name(), cause.summary(), cause.sources(), cause.terms(),
				exerciseCount);
	}

}
