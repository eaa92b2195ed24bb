package app.limber.programme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import app.limber.catalogue.model.Catalogue;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseRef;
import app.limber.routine.Routine;
import org.jspecify.annotations.Nullable;

/**
 * A session of a programme: the routine its link gives, summed up as the programme's
 * answer and its calendar event show it. Kept per catalogue for every request that plans
 * the same routine ({@link ProgrammePlanner}); small, as the routine's timeline is not
 * kept.
 */
final class SessionPlan {

	private final int minutes;

	private final String link;

	private final int totalSeconds;

	private final int rounds;

	private final List<ExerciseRef> exercises;

	// The exercises' ordinals in the catalogue, in the same order.
	private final int[] ordinals;

	private final List<String> dosages;

	private final List<CautionItem> cautions;

	private final @Nullable String explanation;

	private final List<String> notes;

	private final boolean harder;

	private SessionPlan(int minutes, String link, String explanation) {
		this.minutes = minutes;
		this.link = link;
		this.totalSeconds = 0;
		this.rounds = 0;
		this.exercises = List.of();
		this.ordinals = new int[0];
		this.dosages = List.of();
		this.cautions = List.of();
		this.explanation = explanation;
		this.notes = List.of();
		this.harder = false;
	}

	private SessionPlan(int minutes, String link, Routine routine, Catalogue catalogue, BitSet harder) {
		this.minutes = minutes;
		this.link = link;
		this.totalSeconds = routine.totalSeconds();
		this.rounds = routine.rounds();
		List<ExerciseRef> exercises = new ArrayList<>();
		List<String> dosages = new ArrayList<>();
		for (Routine.Step step : routine.steps()) {
			if (step.round() == 1) {
				exercises.add(new ExerciseRef(step.slug(), step.name()));
				dosages.add(firstSentence(step.prescription().note()));
			}
		}
		this.exercises = List.copyOf(exercises);
		this.ordinals = exercises.stream()
			.mapToInt((exercise) -> catalogue.exercise(exercise.slug()).orElseThrow().ordinal())
			.toArray();
		this.dosages = List.copyOf(dosages);
		this.cautions = routine.cautions();
		this.explanation = routine.explanation();
		this.notes = routine.notes();
		this.harder = Arrays.stream(this.ordinals).anyMatch(harder::get);
	}

	// What to do, without where the numbers come from: "Hold 30 s, each side."
	private static String firstSentence(String note) {
		int end = note.indexOf(". ");
		return (end < 0) ? note : note.substring(0, end + 1);
	}

	/**
	 * Sums up a routine.
	 * @param minutes the routine's budget
	 * @param link the link that gives it
	 * @param routine the routine
	 * @param catalogue the catalogue it was planned on
	 * @param harder the exercises that are a harder variation of another
	 * @return the session
	 */
	static SessionPlan of(int minutes, String link, Routine routine, Catalogue catalogue, BitSet harder) {
		return new SessionPlan(minutes, link, routine, catalogue, harder);
	}

	/**
	 * A session with nothing to do.
	 * @param minutes its budget
	 * @param link the link of its routine
	 * @param explanation why it is empty
	 * @return the session
	 */
	static SessionPlan empty(int minutes, String link, String explanation) {
		return new SessionPlan(minutes, link, explanation);
	}

	/**
	 * Whether the session has an exercise that is a harder variation of another.
	 * @return {@code true} if it has
	 */
	boolean hasHarder() {
		return this.harder;
	}

	int minutes() {
		return this.minutes;
	}

	String link() {
		return this.link;
	}

	int totalSeconds() {
		return this.totalSeconds;
	}

	int rounds() {
		return this.rounds;
	}

	List<ExerciseRef> exercises() {
		return this.exercises;
	}

	/**
	 * How many exercises the session has.
	 * @return the count, 0 for an empty routine
	 */
	int size() {
		return this.ordinals.length;
	}

	/**
	 * One exercise's place in the catalogue.
	 * @param index which exercise, in the order done
	 * @return its ordinal
	 */
	int ordinal(int index) {
		return this.ordinals[index];
	}

	/**
	 * Whether the session has an exercise.
	 * @param ordinal the exercise's ordinal
	 * @return {@code true} if it is one of the session's
	 */
	boolean has(int ordinal) {
		for (int o : this.ordinals) {
			if (o == ordinal) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What to do of each exercise, in words, in the order done.
	 * @return the first sentence of each prescription's note
	 */
	List<String> dosages() {
		return this.dosages;
	}

	List<CautionItem> cautions() {
		return this.cautions;
	}

	/**
	 * Why the routine is empty.
	 * @return the explanation, or {@code null} when it is not
	 */
	@Nullable String explanation() {
		return this.explanation;
	}

	List<String> notes() {
		return this.notes;
	}

}
