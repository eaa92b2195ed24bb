package app.limber.routine;

import java.util.List;

import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseDetail.DosageItem;
import app.limber.catalogue.Position;
import app.limber.catalogue.Goal;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A ready-to-follow session: the exercises in order with what to do in each, the total
 * time, the cautions to read first and how often to repeat it.
 *
 * @param minutes the time budget asked for
 * @param totalSeconds how long the routine takes, transitions included; never more than
 * the budget
 * @param goals the goals asked for
 * @param steps the exercises, in the order to do them
 * @param cautions every caution that applies, once: general ones first, most serious
 * ({@code stop}) first within each group
 * @param frequency how often the articles say to do the chosen exercises
 * @param explanation why the routine is empty, or {@code null} when it is not
 * @param notes what the routine could not do, such as a goal no matching exercise serves
 * or one the budget left no room for
 */
@Schema(example = """
		{"minutes":5,"totalSeconds":276,"goals":["stretch"],"steps":[{"order":1,"slug":"piriformis-stretch",\
		"name":"Piriformis stretch","position":"lying-on-back","instructions":["Lie on your back…"],\
		"dosage":{"sets":null,"reps":null,"holdSeconds":{"min":30,"max":30},"restSeconds":null,\
		"frequency":"2–3 times a week","source":"relieve-lower-back-and-glute-pain-with-exercises"},\
		"prescription":{"sets":1,"reps":1,"holdSeconds":30,"sides":2,"restSeconds":null,"basis":"article",\
		"note":"Hold 30 s, each side."},"seconds":64}],"cautions":[],"frequency":[],"explanation":null,"notes":[]}""")
record Routine(int minutes, int totalSeconds, List<Goal> goals, List<Step> steps, List<CautionItem> cautions,
		List<Frequency> frequency, @Nullable String explanation, List<String> notes) {

	/**
	 * One exercise of the routine.
	 *
	 * @param order its place in the routine, from 1
	 * @param slug the exercise's slug
	 * @param name its name
	 * @param position the body position
	 * @param instructions how to do it, in order
	 * @param dosage what the article prescribes, or {@code null} when no article gives
	 * numbers
	 * @param prescription what to do in this session
	 * @param seconds how long it takes in this session
	 */
	record Step(int order, String slug, String name, Position position, List<String> instructions,
			@Nullable DosageItem dosage, Prescription prescription, int seconds) {
	}

	/**
	 * What to do of one exercise in this session.
	 *
	 * @param sets sets
	 * @param reps repetitions per set and side
	 * @param holdSeconds how long to hold each repetition, or {@code null} for a movement
	 * without a hold
	 * @param sides 2 when done on each side in turn, else 1
	 * @param restSeconds rest between sets, or {@code null}
	 * @param basis {@code article} when the numbers are the lower end of the article's
	 * dosage; {@code default} when no article gives numbers for this exercise and Limber
	 * uses the one the articles give for similar exercises (see {@code note})
	 * @param note the prescription in words
	 */
	record Prescription(int sets, int reps, @Nullable Integer holdSeconds, int sides, @Nullable Integer restSeconds,
			@Schema(allowableValues = {
					"article", "default" }) String basis,
			String note){
	}

	/**
	 * How often an article says to do some of the routine's exercises.
	 *
	 * @param frequency as the article puts it, such as "2–3 times a week"
	 * @param source the article's slug
	 * @param exercises the slugs of the routine's exercises it is said of
	 */
	record Frequency(String frequency, String source, List<String> exercises) {
	}

}
