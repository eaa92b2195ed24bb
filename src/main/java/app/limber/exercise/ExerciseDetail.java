package app.limber.exercise;

import java.util.List;
import java.util.stream.Stream;

import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseLink;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.model.Range;
import app.limber.catalogue.wire.Severity;
import app.limber.catalogue.model.SourceEntry;
import app.limber.catalogue.wire.SourceKind;
import app.limber.catalogue.wire.Technique;
import app.limber.web.WrittenOnce;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

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
 * @param technique {@code movement}, or {@code self-massage} for foam rolling, which
 * serves none of the goals
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
		boolean perSide, Technique technique, List<String> steps, @Nullable DosageItem dosage,
		List<DosageItem> otherDosages, @Schema(example = "60") @Nullable Integer estimatedDurationSeconds,
		Muscles muscles, List<CautionItem> cautions, Variations variations, List<SourceItem> sources) {

	static ExerciseDetail of(ExerciseEntry exercise, List<CautionEntry> general) {
		List<DosageEntry> dosages = exercise.dosages();
		return new ExerciseDetail(exercise.slug(), exercise.name(), exercise.aliases(), exercise.summary(),
				exercise.whyItHelps(), exercise.goals(), exercise.position(), exercise.onFloor(), exercise.equipment(),
				exercise.difficulty(), exercise.perSide(), exercise.technique(), exercise.steps(),
				DosageItem.of(exercise.dosage()), dosages.stream().skip(1).map(DosageItem::of).toList(),
				exercise.estimatedDurationSeconds(),
				new Muscles(exercise.primaryMuscles().stream().map(MuscleRef::of).toList(),
						exercise.secondaryMuscles().stream().map(MuscleRef::of).toList()),
				Stream.concat(exercise.cautions().stream(), general.stream()).map(CautionItem::of).toList(),
				new Variations(refs(exercise.easier()), refs(exercise.harder()), refs(exercise.alternatives())),
				exercise.sources().stream().map(SourceItem::of).toList());
	}

	private static List<ExerciseRef> refs(List<ExerciseLink> links) {
		return links.stream().map(ExerciseRef::of).toList();
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
	@WrittenOnce
	public record DosageItem(@Nullable Range sets, @Nullable Range reps, @Nullable Range holdSeconds,
			@Schema(example = "60") @Nullable Integer restSeconds,
			@Schema(example = "2–3 times a week") @Nullable String frequency,
			@Schema(example = "relieve-lower-back-and-glute-pain-with-exercises") String source) {

		/**
		 * What one article prescribes.
		 * @param dosage the read model's dosage, or {@code null}
		 * @return the dosage as answers show it, or {@code null} without one
		 */
		public static @Nullable DosageItem of(@Nullable DosageEntry dosage) {
			if (dosage == null) {
				return null;
			}
			return new DosageItem(dosage.sets(), dosage.reps(), dosage.holdSeconds(), dosage.restSeconds(),
					dosage.frequency(), dosage.source());
		}

	}

	/**
	 * The muscles an exercise works.
	 *
	 * @param primary its main targets
	 * @param secondary muscles that help
	 */
	public record Muscles(List<MuscleRef> primary, List<MuscleRef> secondary) {
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
	@WrittenOnce
	public record CautionItem(@Schema(example = "forward-fold-keep-knees-soft") String slug,
			@Schema(example = "Keep your knees soft") String title, Severity severity, String text, boolean general) {

		public static CautionItem of(CautionEntry caution) {
			return new CautionItem(caution.slug(), caution.title(), caution.severity(), caution.text(),
					caution.general());
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

		static SourceItem of(SourceEntry source) {
			return new SourceItem(source.slug(), source.title(), source.kind());
		}

	}

}
