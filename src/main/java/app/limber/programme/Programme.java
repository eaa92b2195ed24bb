package app.limber.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.limber.catalogue.model.Filter;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseRef;
import app.limber.web.FilterParameters;
import app.limber.web.WrittenOnce;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Weeks of sessions from a start date, following the articles' own rules: every day from
 * the first to the last, each with its sessions (none on a rest day), the rules applied
 * and where each comes from, the cautions once each, and what could not be honoured.
 *
 * @param parameters the request as understood
 * @param rules each scheduling rule applied, with the articles it comes from, or the
 * planner's own choice where no article gives one
 * @param days every date from {@code start} to the last day of the last week, rest days
 * included
 * @param progressions each harder variation the programme brings in, where it first
 * replaces its base
 * @param cautions every caution that applies to the programme's sessions, once, the most
 * serious ({@code stop}) first
 * @param notes what the programme could not honour, and which filter to relax
 */
@Schema(example = """
		{"parameters":{"start":"2027-03-01","end":"2027-03-07","weeks":1,"minutes":3,"days":["mon"],"filters":[],\
		"seed":0,"progressAfter":2},"rules":[{"rule":"minutes","basis":"request","sources":[],"text":"Each session is a routine of at most 3 minutes,\
		 as asked."},{"rule":"stretch-every-day","basis":"article","sources":["say-goodbye-to-lower-back-pain",\
		"stretches-for-a-flexible-back","how-to-fix-lower-back-and-glute-pain"],"text":"Stretching on every day you can exercise (mon): articles 000 and 003 advise stretching daily,\
		 consistency over intensity, and article 001 advises against complete rest."},{"rule":"strength-days",\
		"basis":"article","sources":["relieve-lower-back-and-glute-pain-with-exercises"],"text":"Strengthening and stabilising on 1 day a week (mon),\
		 never two days in a row: article 002 advises 2–3 times a week, with rest days in between. The other days stretch only,\
		 with no exercise that strengthens or stabilises."},{"rule":"progress-after","basis":"default","sources":[],\
		"text":"A harder variation may come in from week 3, after 2 weeks of foundations: a planner default,\
		 as no article says how long (set 'progress-after' to change it); that is after this programme's last week."},\
		{"rule":"twice-a-day","basis":"article","sources":["glute-exercises-to-relieve-lower-back-pain"],"text":"Exercises an article says to do twice a day (knee-to-chest stretch,\
		 supine twist) come twice on the days they appear: a short second session, later that day, repeats just them."}],\
		"days":[{"date":"2027-03-01","week":1,"weekday":"mon","sessions":[{"kind":"strength","minutes":3,"totalSeconds":179,\
		"exercises":[{"slug":"cobra-pose","name":"Cobra pose"},{"slug":"glute-bridge","name":"Glute bridge"}],\
		"routine":"/api/v1/routines?minutes=3&goal=stretch,strengthen,stabilise&avoid-exercise=banded-glute-bridge,\
		single-leg-glute-bridge&seed=4"}]},{"date":"2027-03-02","week":1,"weekday":"tue","sessions":[]},{"date":"2027-03-03",\
		"week":1,"weekday":"wed","sessions":[]},{"date":"2027-03-04","week":1,"weekday":"thu","sessions":[]},\
		{"date":"2027-03-05","week":1,"weekday":"fri","sessions":[]},{"date":"2027-03-06","week":1,"weekday":"sat",\
		"sessions":[]},{"date":"2027-03-07","week":1,"weekday":"sun","sessions":[]}],"progressions":[],"cautions":[{"slug":"severe-pain-see-doctor",\
		"title":"Severe or lasting pain: see a doctor","severity":"stop","text":"If your lower back pain is severe,\
		 or does not go away with gentle stretches and exercise, make an appointment with a doctor for personalised advice.",\
		"general":true},{"slug":"stop-if-pain-worsens","title":"Stop if an exercise causes or worsens pain",\
		"severity":"stop","text":"If you feel pain during an exercise, or an exercise makes your pain worse,\
		 stop it straight away and consult a doctor or other healthcare professional.","general":true},{"slug":"consistency-over-intensity",\
		"title":"Consistency over intensity","severity":"info","text":"Regular, moderate practice is more beneficial than infrequent,\
		 intense sessions. These movements are not quick fixes but tools for long-term relief: commit to a consistent routine.",\
		"general":true}],"notes":["Strengthening and stabilising 2–3 times a week with a rest day between (article 002) needs two days that are not next to each other: 'days' leaves room for 1 a week. Add a day to 'days' that is not next to mon."]}""")
record Programme(Parameters parameters, List<Rule> rules, List<Day> days, List<Progression> progressions,
		List<CautionItem> cautions,
		@Schema(example = "[\"Strengthening and stabilising 2–3 times a week with a rest day between (article 002) needs two days that are not next to each other: with sat, sun there is room for one a week. Add a day such as wed to 'days'.\"]") List<String> notes) {

	/**
	 * A programme's answer.
	 * @param plan the programme as planned
	 * @return the answer
	 */
	static Programme of(ProgrammePlanner.Plan plan) {
		ProgrammeQuery query = plan.query();
		List<String> weekdays = new ArrayList<>(7);
		query.days().stream().sorted().forEach((day) -> weekdays.add(Rules.weekday(day)));
		List<FilterValues> filters = new ArrayList<>();
		for (Filter given : query.filter().given()) {
			filters.add(new FilterValues(given.value(), FilterParameters.inContractOrder(query.filter(), given)));
		}
		Parameters parameters = new Parameters(query.start(), query.end(), query.weeks(), query.minutes(),
				List.copyOf(weekdays), List.copyOf(filters), query.seed(), query.progressAfter());
		// Each session once per answer, however often the programme repeats it.
		Map<ProgrammePlanner.PlannedSession, Session> sessions = new HashMap<>();
		List<Day> days = new ArrayList<>(plan.days().size());
		for (ProgrammePlanner.PlannedDay day : plan.days()) {
			List<Session> daySessions = new ArrayList<>(day.sessions().size());
			for (ProgrammePlanner.PlannedSession session : day.sessions()) {
				daySessions.add(sessions.computeIfAbsent(session, Session::of));
			}
			days.add(new Day(day.date(), day.week(), Rules.weekday(day.date().getDayOfWeek()), daySessions));
		}
		return new Programme(parameters, plan.rules(), days, plan.progressions(), plan.cautions(), plan.notes());
	}

	/**
	 * The request as understood: defaults filled in, values in the contract's spelling.
	 *
	 * @param start the first day
	 * @param end the last day of the last week
	 * @param weeks how many weeks
	 * @param minutes the time budget of each session
	 * @param days the days of the week available, Monday first
	 * @param filters the filters given, in the order routines document them
	 * @param seed the seed
	 * @param progressAfter weeks before a harder variation may replace its base; 0 for
	 * never
	 */
	@Schema(name = "ProgrammeParameters")
	record Parameters(LocalDate start, LocalDate end, int weeks, int minutes,
			@ArraySchema(schema = @Schema(allowableValues = {
					"mon", "tue", "wed", "thu", "fri", "sat", "sun" })) List<String> days,
			List<FilterValues> filters, int seed, int progressAfter){
	}

	/**
	 * One filter given, with its values.
	 *
	 * @param parameter the query parameter
	 * @param values its values, as routines take them
	 */
	@Schema(name = "ProgrammeFilter")
	record FilterValues(@Schema(example = "equipment") String parameter,
			@Schema(example = "[\"none\"]") List<String> values) {
	}

	/**
	 * A scheduling rule the programme follows.
	 *
	 * @param rule what it is about
	 * @param basis {@code article} when articles give it (named in {@code sources}),
	 * {@code default} for the planner's own choice where none does, {@code request} for a
	 * choice the request made
	 * @param sources the slugs of the articles it comes from
	 * @param text the rule as applied to this programme
	 */
	@Schema(name = "ProgrammeRule")
	record Rule(@Schema(allowableValues = {
			"minutes", "stretch-every-day", "strength-days", "foundations-first", "progress-after", "twice-a-day",
			"variety", "same-time-and-reminders" }) String rule,
			@Schema(allowableValues = { "article", "default", "request" }) String basis,
			@Schema(example = "[\"relieve-lower-back-and-glute-pain-with-exercises\"]") List<String> sources,
			String text){
	}

	/**
	 * One day of the programme.
	 *
	 * @param date the date
	 * @param week which week, from 1
	 * @param weekday the day of the week
	 * @param sessions the sessions of the day, in order; none on a rest day
	 */
	@Schema(name = "ProgrammeDay")
	record Day(LocalDate date, int week, @Schema(allowableValues = {
			"mon", "tue", "wed", "thu", "fri", "sat", "sun" }) String weekday, List<Session> sessions){
	}

	/**
	 * One session: the routine {@code routine} gives, summed up.
	 *
	 * @param kind {@code strength}: strengthening and stabilising with stretching;
	 * {@code stretch}: stretching alone; {@code twice-a-day}: a short second session
	 * repeating the day's exercises an article says to do twice a day
	 * @param minutes the time budget of the session's routine
	 * @param totalSeconds how long the session takes
	 * @param exercises the session's exercises, in the order done
	 * @param routine the relative link that gives this very session as a routine, with
	 * its timer timeline
	 */
	@Schema(name = "ProgrammeSession")
	@WrittenOnce(WrittenOnce.Per.ANSWER)
	record Session(@Schema(allowableValues = {
			"strength", "stretch", "twice-a-day" }) String kind, @Schema(example = "10") int minutes,
			@Schema(example = "590") int totalSeconds, List<ExerciseRef> exercises,
			@Schema(example = "/api/v1/routines?minutes=10&goal=stretch&avoid-goal=strengthen,stabilise&seed=3") String routine){

		static Session of(ProgrammePlanner.PlannedSession session) {
			SessionPlan plan = session.plan();
			return new Session(session.kind().value(), plan.minutes(), plan.totalSeconds(), plan.exercises(),
					plan.link());
		}

	}

	/**
	 * A harder variation that replaces its base from some week on.
	 *
	 * @param week the week it first appears in
	 * @param date the day it first appears on
	 * @param exercise the harder variation
	 * @param replaces its base, done in an earlier week
	 */
	@Schema(name = "ProgrammeProgression")
	record Progression(@Schema(example = "3") int week, LocalDate date, ExerciseRef exercise, ExerciseRef replaces) {
	}

}
