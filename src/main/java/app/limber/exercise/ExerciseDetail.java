package app.limber.exercise;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import app.limber.caution.Caution;
import app.limber.caution.Severity;
import app.limber.goal.Goal;
import app.limber.source.Source;
import app.limber.source.SourceKind;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An exercise in full: everything needed to do it safely, and where it comes from.
 *
 * @param slug the exercise's id
 * @param name its name
 * @param aliases other names the articles use for it
 * @param summary one sentence about it
 * @param whyItHelps why the articles recommend it
 * @param goals what it is for
 * @param position the body position it is done in
 * @param onFloor whether it needs getting down onto the floor
 * @param equipment what it needs; {@code none} for bodyweight only
 * @param difficulty how demanding it is
 * @param perSide whether it is done on one side, then the other
 * @param steps how to do it, in order
 * @param dosage how much to do, from the article with the most complete numbers;
 * {@code null} when no article gives any
 * @param otherDosages what the other articles prescribe
 * @param estimatedDurationSeconds an estimate from {@code dosage}; {@code null} without
 * one
 * @param muscles the muscles it works
 * @param cautions its own cautions, then the general ones that apply to every exercise
 * @param variations easier, harder and alternative versions
 * @param sources the articles that describe it
 */
public record ExerciseDetail(@Schema(example = "glute-bridge") String slug,
		@Schema(example = "Glute bridge") String name, List<String> aliases, String summary, String whyItHelps,
		List<Goal> goals, Position position, boolean onFloor, List<Equipment> equipment, Difficulty difficulty,
		boolean perSide, List<String> steps,
		@Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED) DosageItem dosage,
		List<DosageItem> otherDosages,
		@Schema(example = "60", nullable = true,
				requiredMode = Schema.RequiredMode.REQUIRED) Integer estimatedDurationSeconds,
		Muscles muscles, List<CautionItem> cautions, Variations variations, List<SourceItem> sources) {

	static ExerciseDetail of(Exercise exercise, List<Caution> general) {
		List<DosageItem> dosages = exercise.getDosages().stream().map(DosageItem::of).toList();
		return new ExerciseDetail(exercise.getSlug(), exercise.getName(), List.copyOf(exercise.getAliases()),
				exercise.getSummary(), exercise.getWhyItHelps(), ExerciseSummary.sorted(exercise.getGoals()),
				exercise.getPosition(), exercise.isOnFloor(), ExerciseSummary.sorted(exercise.getEquipment()),
				exercise.getDifficulty(), exercise.isPerSide(), List.copyOf(exercise.getSteps()),
				dosages.isEmpty() ? null : dosages.get(0),
				dosages.isEmpty() ? List.of() : dosages.subList(1, dosages.size()),
				exercise.getEstimatedDurationSeconds(), Muscles.of(exercise.getMuscles()),
				Stream
					.concat(exercise.getCautions().stream().map(CautionItem::of).sorted(CautionItem.MOST_SERIOUS_FIRST),
							general.stream().map(CautionItem::of).sorted(CautionItem.MOST_SERIOUS_FIRST))
					.toList(),
				new Variations(refs(exercise.getEasier()), refs(exercise.getHarder()),
						refs(exercise.getAlternatives())),
				exercise.getSources().stream().map(SourceItem::of).toList());
	}

	private static List<ExerciseRef> refs(List<Exercise> exercises) {
		return exercises.stream().map(ExerciseRef::of).toList();
	}

	/**
	 * How much of the exercise one article prescribes. A number the article does not give
	 * is {@code null}.
	 *
	 * @param sets how many sets
	 * @param reps repetitions per set (per side when the exercise is one-sided)
	 * @param holdSeconds how long to hold each repetition
	 * @param restSeconds rest between sets
	 * @param frequency how often, as the article puts it
	 * @param source the article
	 */
	public record DosageItem(@Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED) Range sets,
			@Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED) Range reps,
			@Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED) Range holdSeconds,
			@Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED, example = "60") Integer restSeconds,
			@Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED,
					example = "2–3 times a week") String frequency,
			@Schema(example = "relieve-lower-back-and-glute-pain-with-exercises") String source) {

		public static DosageItem of(Dosage dosage) {
			return new DosageItem(dosage.getSets(), dosage.getReps(), dosage.getHoldSeconds(), dosage.getRestSeconds(),
					dosage.getFrequency(), dosage.getSource().getSlug());
		}

	}

	/**
	 * The muscles an exercise works.
	 *
	 * @param primary its main targets
	 * @param secondary muscles that help
	 */
	public record Muscles(List<MuscleRef> primary, List<MuscleRef> secondary) {

		static Muscles of(List<MuscleTarget> targets) {
			return new Muscles(role(targets, MuscleRole.PRIMARY), role(targets, MuscleRole.SECONDARY));
		}

		private static List<MuscleRef> role(List<MuscleTarget> targets, MuscleRole role) {
			return targets.stream()
				.filter((target) -> target.getRole() == role)
				.map((target) -> MuscleRef.of(target.getMuscle()))
				.toList();
		}

	}

	/**
	 * A caution to show beside the exercise.
	 *
	 * @param slug the caution's id
	 * @param title a short title
	 * @param severity {@code stop} (stop and seek help), {@code warning} or {@code info}
	 * @param text the guidance
	 * @param general whether it applies to every exercise rather than this one alone
	 */
	public record CautionItem(@Schema(example = "forward-fold-keep-knees-soft") String slug,
			@Schema(example = "Keep your knees soft") String title, Severity severity, String text, boolean general) {

		/** Stop first, then warning, then info; by slug within a severity. */
		public static final Comparator<CautionItem> MOST_SERIOUS_FIRST = Comparator
			.comparing((CautionItem caution) -> -caution.severity().ordinal())
			.thenComparing(CautionItem::slug);

		public static CautionItem of(Caution caution) {
			return new CautionItem(caution.getSlug(), caution.getTitle(), caution.getSeverity(), caution.getText(),
					caution.isGeneral());
		}

	}

	/**
	 * Other versions of the exercise.
	 *
	 * @param easier gentler progressions
	 * @param harder more demanding progressions
	 * @param alternatives versions in another position or with other equipment
	 */
	public record Variations(List<ExerciseRef> easier, List<ExerciseRef> harder, List<ExerciseRef> alternatives) {
	}

	/**
	 * An article the exercise comes from.
	 *
	 * @param slug the source's id
	 * @param title its title
	 * @param kind {@code article} or {@code reference}
	 */
	public record SourceItem(@Schema(example = "glute-exercises-to-relieve-lower-back-pain") String slug,
			@Schema(example = "Glute exercises to relieve lower back pain") String title, SourceKind kind) {

		static SourceItem of(Source source) {
			return new SourceItem(source.getSlug(), source.getTitle(), source.getKind());
		}

	}

}
