package app.limber.routine;

import java.util.List;

import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseDetail.DosageItem;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A ready-to-follow session: every step in the order to do it, each with the intervals a
 * timer shows, the total time, the cautions to read first and how often to repeat it.
 *
 * @param minutes the time budget asked for
 * @param totalSeconds how long the routine takes, the sum of its steps' seconds; never
 * more than the budget
 * @param rounds how many times the sequence of exercises is done, 0 for an empty routine
 * @param goals the goals asked for
 * @param steps every step of every round, in the order to do them
 * @param cautions every caution that applies, once: general ones first, most serious
 * ({@code stop}) first within each group
 * @param frequency how often the articles say to do the chosen exercises
 * @param explanation why the routine is empty, or {@code null} when it is not
 * @param notes what the routine could not do, and what to change to get it
 */
@Schema(example = """
		{"minutes":2,"totalSeconds":119,"rounds":2,"goals":["stretch"],"steps":[{"order":1,"round":1,\
		"slug":"butterfly-stretch","name":"Butterfly stretch","position":"seated",\
		"instructions":["Sit with your back straight.","Bring the soles of your feet together and let your knees \
		fall to the sides.","For a deeper stretch, gently press your knees down with your elbows."],"dosage":null,\
		"prescription":{"sets":1,"reps":1,"holdSeconds":30,"sides":1,"restSeconds":null,"basis":"default",\
		"source":null,"note":"Hold 30 s. No article gives a number for this exercise; this is the 30-second hold \
		article 002 gives its stretches."},"seconds":32,"timeline":[{"kind":"work","seconds":32,"side":null,"set":null,"repetition":1,\
		"repetitions":1,"holdSeconds":30}]},\
		{"order":2,"round":2,"slug":"butterfly-stretch","name":"Butterfly stretch",\
		"position":"seated",\
		"instructions":["Sit with your back straight.","Bring the soles of your feet together and let your knees \
		fall to the sides.","For a deeper stretch, gently press your knees down with your elbows."],"dosage":null,\
		"prescription":{"sets":1,"reps":1,"holdSeconds":30,"sides":1,"restSeconds":null,"basis":"default",\
		"source":null,"note":"Hold 30 s. No article gives a number for this exercise; this is the 30-second hold \
		article 002 gives its stretches."},"seconds":87,"timeline":[{"kind":"rest","seconds":55},\
		{"kind":"work","seconds":32,"side":null,"set":null,"repetition":1,\
		"repetitions":1,"holdSeconds":30}]}],\
		"cautions":[{"slug":"stop-if-pain-worsens","title":"Stop if an exercise causes or worsens pain",\
		"severity":"stop","text":"If you feel pain during an exercise, or an exercise makes your pain worse, stop it \
		straight away and consult a doctor or other healthcare professional.","general":true}],"frequency":[],\
		"explanation":null,"notes":[]}""")
public record Routine(int minutes, int totalSeconds, @Schema(
		description = "How many times the sequence of exercises is done: the routine first raises each exercise within "
				+ "its article's range, then repeats the whole sequence, resting between rounds.",
		example = "2") int rounds, List<Goal> goals, List<Step> steps, List<CautionItem> cautions,
		List<Frequency> frequency,
		@Schema(example = "No stretch exercise matches 'equipment' on its own: change that filter to get a routine.") @Nullable String explanation,
		@Schema(description = "What the routine could not do and what to change: a goal no matching exercise serves or "
				+ "the budget had no room for, and the single filter that, relaxed, would add the most exercises.",
				example = "[\"No strengthen exercise matches these filters.\", \"Relaxing 'equipment' would add the most exercises: 9 more match without it.\"]") List<String> notes) {

	/**
	 * One exercise in one round of the routine.
	 *
	 * @param order its place in the routine, from 1, counting every round
	 * @param round which round it belongs to, from 1
	 * @param slug the exercise's slug
	 * @param name its name
	 * @param position the body position
	 * @param instructions how to do it, in order
	 * @param dosage what the article prescribes, or {@code null} when no article gives
	 * numbers
	 * @param prescription what to do in this session
	 * @param seconds how long the step takes: the sum of its timeline, the transition or
	 * rest before it included
	 * @param timeline the intervals a timer shows, in order
	 */
	public record Step(int order, @Schema(example = "1") int round, String slug, String name, Position position,
			List<String> instructions, @Nullable DosageItem dosage, Prescription prescription, int seconds,
			@Schema(description = "The intervals a guided timer shows, in order: the transition into the "
					+ "exercise (or the rest between rounds), then each repetition or hold on each side, with rest "
					+ "between sets. Their seconds add up to the step's seconds.") List<Interval> timeline) {
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
	 * @param basis {@code article} when the numbers are within the range of the article
	 * named by {@code source}; {@code default} when no article gives numbers for this
	 * exercise and Limber uses the one the articles give for similar exercises (see
	 * {@code note})
	 * @param source the article whose numbers these are, or {@code null} for a default
	 * @param note the prescription in words, with the article's range where it gives one
	 */
	public record Prescription(int sets, int reps, @Nullable Integer holdSeconds, int sides,
			@Nullable Integer restSeconds, @Schema(allowableValues = {
					"article", "default" }) String basis,
			@Schema(example = "relieve-lower-back-and-glute-pain-with-exercises") @Nullable String source, String note){
	}

	/**
	 * One interval of a step, as a guided timer shows it: work, or a pause (a rest or a
	 * transition). Each kind has its own exact set of properties.
	 */
	@Schema(description = "One interval of a step, as a guided timer shows it: `work` (a set, or one held repetition, "
			+ "on one side), `rest` (between sets or rounds) or `transition` (getting into the next exercise).",
			oneOf = { Work.class, Pause.class }, discriminatorProperty = "kind",
			discriminatorMapping = { @DiscriminatorMapping(value = "work", schema = Work.class),
					@DiscriminatorMapping(value = "rest", schema = Pause.class),
					@DiscriminatorMapping(value = "transition", schema = Pause.class) })
	public sealed interface Interval permits Work, Pause {

		/**
		 * What the interval is.
		 * @return {@code work}, {@code rest} or {@code transition}
		 */
		String kind();

		/**
		 * How long it lasts.
		 * @return the seconds
		 */
		int seconds();

		static Pause rest(int seconds) {
			return new Pause("rest", seconds);
		}

		static Pause transition(int seconds) {
			return new Pause("transition", seconds);
		}

	}

	/**
	 * Work: a set of repetitions without a hold, or one held repetition, on one side.
	 *
	 * @param kind always {@code work}
	 * @param seconds how long it lasts
	 * @param side {@code left} or {@code right} for an exercise done on each side, else
	 * {@code null}
	 * @param set which set, from 1, when there are several, else {@code null}
	 * @param repetition which repetition, from 1, when each is held, else {@code null}
	 * @param repetitions how many repetitions: in this interval for a movement without a
	 * hold, in the set for a held one
	 * @param holdSeconds how long to hold, within {@code seconds}, or {@code null} for a
	 * movement without a hold
	 */
	@Schema(name = "WorkInterval", example = """
			{"kind":"work","seconds":17,"side":"left","set":null,"repetition":1,"repetitions":5,"holdSeconds":15}""")
	public record Work(@Schema(allowableValues = "work") String kind, int seconds, @Schema(allowableValues = {
			"left", "right" }) @Nullable String side, @Nullable Integer set, @Nullable Integer repetition,
			int repetitions, @Nullable Integer holdSeconds) implements Interval{

		static Work of(int seconds, @Nullable String side, @Nullable Integer set, @Nullable Integer repetition,
				int repetitions, @Nullable Integer holdSeconds) {
			return new Work("work", seconds, side, set, repetition, repetitions, holdSeconds);
		}

	}

	/**
	 * A pause: a rest between sets or rounds, or the transition into the next exercise.
	 *
	 * @param kind {@code rest} or {@code transition}
	 * @param seconds how long it lasts
	 */
	@Schema(name = "PauseInterval", example = "{\"kind\":\"transition\",\"seconds\":10}")
	public record Pause(@Schema(allowableValues = {
			"rest", "transition" }) String kind, int seconds) implements Interval{
	}

	/**
	 * How often an article says to do some of the routine's exercises.
	 *
	 * @param frequency as the article puts it, such as "2–3 times a week"
	 * @param source the article's slug
	 * @param exercises the slugs of the routine's exercises it is said of
	 */
	public record Frequency(String frequency, String source, List<String> exercises) {
	}

}
