package app.limber.catalogue.model;

import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.wire.Technique;

import java.util.ArrayList;
import java.util.List;

import app.limber.search.SearchAnalysis;

/**
 * An exercise as the read model holds it: everything any answer says about it, resolved
 * and immutable.
 *
 * @param ordinal its place in the catalogue, from 0
 * @param slug its public id
 * @param name its name
 * @param aliases other names the articles use
 * @param summary one sentence for a list
 * @param whyItHelps why the articles recommend it
 * @param goals what it is for, in the contract's order
 * @param position the body position
 * @param onFloor whether it needs getting down onto the floor
 * @param equipment what it needs, in the contract's order; {@code none} for bodyweight
 * only
 * @param difficulty how demanding it is
 * @param perSide whether it is done on each side in turn
 * @param technique how it works on the body: movement, or self-massage (foam rolling)
 * @param steps the ordered instructions
 * @param dosages what each article prescribes, the most complete first
 * @param estimatedDurationSeconds an estimate from the first dosage, or {@code null}
 * @param primaryMuscles its main targets
 * @param secondaryMuscles muscles that help
 * @param cautions its own cautions, most serious first
 * @param easier gentler progressions
 * @param harder more demanding progressions
 * @param alternatives versions in another position or with other equipment
 * @param sources the articles that describe it
 */
public record ExerciseEntry(int ordinal, String slug, String name, List<String> aliases, String summary,
		String whyItHelps, List<Goal> goals, Position position, boolean onFloor, List<Equipment> equipment,
		Difficulty difficulty, boolean perSide, Technique technique, List<String> steps, List<DosageEntry> dosages,
		Integer estimatedDurationSeconds, List<MuscleEntry> primaryMuscles, List<MuscleEntry> secondaryMuscles,
		List<CautionEntry> cautions, List<ExerciseLink> easier, List<ExerciseLink> harder,
		List<ExerciseLink> alternatives, List<SourceEntry> sources) {

	/**
	 * The dosage with the most complete numbers.
	 * @return the first dosage, or {@code null} when no article gives one
	 */
	public DosageEntry dosage() {
		return this.dosages.isEmpty() ? null : this.dosages.get(0);
	}

	/**
	 * The names it is found and suggested by besides its own: the articles' aliases, and
	 * its slug read as words when neither its name nor an alias reads that way
	 * ("clamshell", for the article's "Clam exercise"), since the slug is what links and
	 * bookmarks show.
	 * @return its aliases, then its slug as words if that is another name
	 */
	public List<String> otherNames() {
		List<String> slugWords = SearchAnalysis.typedWords(this.slug);
		if (SearchAnalysis.typedWords(this.name).equals(slugWords)
				|| this.aliases.stream().anyMatch((alias) -> SearchAnalysis.typedWords(alias).equals(slugWords))) {
			return this.aliases;
		}
		List<String> names = new ArrayList<>(this.aliases);
		names.add(String.join(" ", slugWords));
		return List.copyOf(names);
	}

	/**
	 * Whether it serves a goal.
	 * @param goal the goal
	 * @return {@code true} if the goal is among its goals
	 */
	public boolean serves(Goal goal) {
		return this.goals.contains(goal);
	}

	/**
	 * Whether another exercise is one of its variations (easier, harder or alternative).
	 * @param other the other exercise
	 * @return {@code true} if either lists the other as a variation
	 */
	public boolean isVariationOf(ExerciseEntry other) {
		return links(this, other.slug()) || links(other, this.slug);
	}

	private static boolean links(ExerciseEntry exercise, String slug) {
		return exercise.easier.stream().anyMatch((link) -> link.slug().equals(slug))
				|| exercise.harder.stream().anyMatch((link) -> link.slug().equals(slug))
				|| exercise.alternatives.stream().anyMatch((link) -> link.slug().equals(slug));
	}

}
