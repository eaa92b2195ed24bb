package app.limber.cause;

import java.util.List;

import app.limber.catalogue.model.CauseEntry;
import app.limber.catalogue.model.ExerciseEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A cause with the exercises the articles tie to it, and why. Public for the
 * whole-catalogue download, which holds every cause as this endpoint gives it.
 *
 * @param slug the cause's id
 * @param name its name
 * @param summary what the articles say of it
 * @param sources the slugs of the articles that name it
 * @param terms the words people use for it, which search finds its exercises by
 * @param exercises the exercises the articles tie to it, by name
 */
public record CauseDetail(@Schema(example = "prolonged-sitting") String slug,
		@Schema(example = "Prolonged sitting and inactivity") String name,
		@Schema(example = "Long hours of sitting, in the office or on car commutes, and a sedentary lifestyle slowly tighten the hips and hip flexors and weaken the glutes, so the lower back takes the strain.") String summary,
		List<String> sources, List<String> terms, List<Exercise> exercises) {

	/**
	 * A cause with its exercises.
	 * @param cause the cause
	 * @param exercises the exercises tied to it, in the order to show them
	 * @return the cause, each exercise with the links that tie it
	 */
	public static CauseDetail of(CauseEntry cause, List<ExerciseEntry> exercises) {
		return new CauseDetail(cause.slug(), cause.name(), cause.summary(), cause.sources(), cause.terms(),
				exercises.stream()
					.map((exercise) -> new Exercise(exercise.slug(), exercise.name(),
							cause.links()
								.stream()
								.filter((link) -> link.exercise().slug().equals(exercise.slug()))
								.map((link) -> new Reason(link.source(), link.reason(), link.implied()))
								.toList()))
					.toList());
	}

	/**
	 * An exercise tied to the cause, with every article that ties it.
	 *
	 * @param slug the exercise's id
	 * @param name its name
	 * @param reasons why, one for each article that ties it to the cause
	 */
	@Schema(name = "CauseExercise")
	public record Exercise(@Schema(example = "side-lying-hip-stretch") String slug,
			@Schema(example = "Side-lying hip stretch") String name, List<Reason> reasons) {
	}

	/**
	 * Why one article ties an exercise to the cause.
	 *
	 * @param source the slug of the article that makes the link
	 * @param reason why, in a short sentence
	 * @param implied {@code false} when the article says so, {@code true} when it clearly
	 * implies it
	 */
	@Schema(name = "CauseReason")
	public record Reason(@Schema(example = "say-goodbye-to-lower-back-pain") String source,
			@Schema(example = "Works the outer hip muscles that often tighten from prolonged sitting.") String reason,
			@Schema(example = "false") boolean implied) {
	}

}
