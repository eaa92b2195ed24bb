package app.limber.programme;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import app.limber.catalogue.SeedCatalogues;
import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.ExerciseLink;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.model.SourceEntry;
import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.wire.Severity;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseRef;
import app.limber.routine.Routine;
import app.limber.routine.RoutinePlanner;
import app.limber.routine.RoutineQuery;
import app.limber.routine.RoutineQueryBinder;
import app.limber.web.FilterParameters;
import app.limber.web.QueryString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme rules as properties, over a grid of weeks, days available, goals, filters
 * and seeds, planned on the real seed catalogue. The expectations are worked out here
 * from the exercises themselves (their goals, variations and the frequencies the articles
 * give), not from the planner.
 */
class ProgrammePlannerTests {

	private static final Catalogue catalogue = SeedCatalogues.seed();

	private static final ProgrammePlanner planner = new ProgrammePlanner(catalogue, 8192);

	private static final RoutinePlanner routines = new RoutinePlanner(catalogue);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final LocalDate START = LocalDate.of(2027, 3, 3);

	private static final List<Integer> WEEKS = List.of(1, 2, 4, 12);

	private static final List<Set<DayOfWeek>> DAYS = List.of(EnumSet.allOf(DayOfWeek.class),
			EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
			EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
			EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), EnumSet.of(DayOfWeek.TUESDAY));

	private static final List<List<Goal>> GOALS = List.of(List.of(), List.of(Goal.STRETCH), List.of(Goal.STRENGTHEN),
			List.of(Goal.STABILISE), List.of(Goal.STRETCH, Goal.STRENGTHEN), List.of(Goal.STABILISE, Goal.STRETCH));

	private static final List<ExerciseFilter> FILTERS = List.of(ExerciseFilter.NONE,
			ExerciseFilter.NONE.with(Filter.EQUIPMENT, Equipment.NONE),
			ExerciseFilter.NONE.with(Filter.AVOID_FLOOR, Filter.TRUE),
			ExerciseFilter.NONE.with(Filter.POSITION, Position.STANDING, Position.SEATED),
			ExerciseFilter.NONE.with(Filter.DIFFICULTY, Difficulty.BEGINNER),
			ExerciseFilter.NONE.with(Filter.DIFFICULTY, Difficulty.BEGINNER, Difficulty.INTERMEDIATE)
				.with(Filter.AVOID_POSITION, Position.KNEELING));

	/** What the articles say to do twice a day, found from their frequencies. */
	private static final Set<String> TWICE_A_DAY = twiceADay();

	static Stream<Arguments> grid() {
		List<Arguments> grid = new ArrayList<>();
		int n = 0;
		for (int weeks : WEEKS) {
			for (Set<DayOfWeek> days : DAYS) {
				for (List<Goal> goals : GOALS) {
					for (ExerciseFilter filter : FILTERS) {
						int seed = List.of(0, 1, 99).get(n++ % 3);
						int progressAfter = List.of(2, 1, 0, 3).get(n % 4);
						grid.add(Arguments.of(new ProgrammeQuery(START.plusDays(n % 7), weeks, 10 + n % 7, days,
								filter.with(Filter.GOAL, goals.toArray(Goal[]::new)), seed, progressAfter, true)));
					}
				}
			}
		}
		return grid.stream();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("grid")
	void shouldFollowEveryRuleOnEveryPlan(ProgrammeQuery query) {
		Programme programme = Programme.of(planner.plan(query));
		assertThat(json.writeValueAsString(Programme.of(planner.plan(query))))
			.as("the same request gives the same bytes")
			.isEqualTo(json.writeValueAsString(programme));
		assertEveryDayOnce(programme, query);
		assertRestDaysEmptyAndFiltersKept(programme, query);
		assertStrengtheningTwoOrThreeTimesAWeekNeverTwoDaysRunning(programme, query);
		assertStretchingEveryDay(programme, query);
		assertTwiceADayExercisesTwice(programme);
		assertHarderOnlyAfterItsBase(programme, query);
		assertSessionsVaryWithinAWeek(programme);
		assertCautionsOnceStopFirst(programme);
		assertRulesSaySources(programme);
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("grid")
	void shouldGiveEachSessionAsItsRoutineLinkGivesIt(ProgrammeQuery query) {
		Map<String, Programme.Session> sessions = new LinkedHashMap<>();
		for (Programme.Day day : Programme.of(planner.plan(query)).days()) {
			day.sessions().forEach((session) -> sessions.putIfAbsent(session.routine(), session));
		}
		for (Programme.Session session : sessions.values()) {
			Routine routine = routines.plan(routineQuery(session.routine()));
			assertThat(routine.minutes()).isEqualTo(session.minutes());
			assertThat(routine.totalSeconds()).as(session.routine()).isEqualTo(session.totalSeconds());
			assertThat(routine.steps()
				.stream()
				.filter((step) -> step.round() == 1)
				.map((step) -> new ExerciseRef(step.slug(), step.name()))
				.toList()).as(session.routine()).isEqualTo(session.exercises());
		}
	}

	@Test
	void shouldPutStrengtheningOnThreeSpreadDaysWhenEveryDayIsFree() {
		assertThat(Rules.weekdays(ProgrammePlanner.strengthDays(EnumSet.allOf(DayOfWeek.class), DayOfWeek.MONDAY)))
			.isEqualTo("mon, wed, fri");
		assertThat(Rules.weekdays(ProgrammePlanner.strengthDays(EnumSet.allOf(DayOfWeek.class), DayOfWeek.THURSDAY)))
			.isEqualTo("mon, thu, sat");
		assertThat(Rules.weekdays(
				ProgrammePlanner.strengthDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), DayOfWeek.MONDAY)))
			.isEqualTo("sat");
		assertThat(Rules.weekdays(ProgrammePlanner.strengthDays(
				EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
				DayOfWeek.MONDAY)))
			.isEqualTo("mon, thu, sat");
	}

	@Test
	void shouldSayWhatItCannotHonourAndWhichFilterToRelax() {
		Programme weekend = Programme
			.of(planner.plan(query(4, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), ExerciseFilter.NONE)));
		assertThat(weekend.notes()).anyMatch((note) -> note.contains("2–3 times a week") && note.contains("'days'"));
		Programme beginner = Programme.of(planner.plan(query(6, EnumSet.allOf(DayOfWeek.class),
				ExerciseFilter.NONE.with(Filter.DIFFICULTY, Difficulty.BEGINNER))));
		assertThat(beginner.progressions()).isEmpty();
		assertThat(beginner.notes()).anyMatch((note) -> note.contains("relax 'difficulty'"));
		Programme nothing = Programme.of(planner.plan(query(1, EnumSet.allOf(DayOfWeek.class),
				ExerciseFilter.NONE.with(Filter.GOAL, Goal.STRETCH).with(Filter.EQUIPMENT, Equipment.WEIGHTS))));
		assertThat(nothing.days()).allSatisfy((day) -> assertThat(day.sessions()).isEmpty());
		assertThat(nothing.notes()).anyMatch((note) -> note.contains("equipment"));
	}

	@Test
	void shouldHoldBackAHarderVariationAskedForUntilItsBaseIsDone() {
		Programme programme = Programme.of(planner.plan(query(4, EnumSet.allOf(DayOfWeek.class),
				ExerciseFilter.NONE.with(Filter.EXERCISE, "single-leg-glute-bridge"))));
		assertThat(programme.days()).allSatisfy((day) -> assertThat(day.sessions()).isEmpty());
		assertThat(programme.notes()).anyMatch((note) -> note.contains("held back until its base has been done"));
		Programme withBase = Programme.of(planner.plan(query(4, EnumSet.allOf(DayOfWeek.class),
				ExerciseFilter.NONE.with(Filter.EXERCISE, "single-leg-glute-bridge", "glute-bridge"))));
		assertThat(withBase.progressions()).extracting((progression) -> progression.exercise().slug())
			.containsExactly("single-leg-glute-bridge");
	}

	@Test
	void shouldBringInAHarderVariationOnceItsBaseIsDone() {
		Set<String> brought = new HashSet<>();
		for (int seed = 0; seed < 20; seed++) {
			ProgrammeQuery query = new ProgrammeQuery(START, 8, 15, EnumSet.allOf(DayOfWeek.class), ExerciseFilter.NONE,
					seed, 2, false);
			Programme programme = Programme.of(planner.plan(query));
			programme.progressions().forEach((progression) -> {
				assertThat(progression.week()).isGreaterThan(2);
				brought.add(progression.exercise().slug());
			});
		}
		assertThat(brought).isNotEmpty().isSubsetOf(harder().keySet());
	}

	@Test
	void shouldLabelTheWeeksBeforeProgressingAsAPlannerDefaultUnlessGiven() {
		ProgrammeQuery byDefault = query(4, EnumSet.allOf(DayOfWeek.class), ExerciseFilter.NONE);
		assertThat(Programme.of(planner.plan(byDefault)).rules())
			.filteredOn((rule) -> rule.rule().equals("progress-after"))
			.singleElement()
			.satisfies((rule) -> assertThat(rule.basis()).isEqualTo("default"));
		ProgrammeQuery given = new ProgrammeQuery(START, 4, 10, EnumSet.allOf(DayOfWeek.class), ExerciseFilter.NONE, 0,
				1, true);
		assertThat(Programme.of(planner.plan(given)).rules()).filteredOn((rule) -> rule.rule().equals("progress-after"))
			.singleElement()
			.satisfies((rule) -> assertThat(rule.basis()).isEqualTo("request"));
	}

	private static ProgrammeQuery query(int weeks, Set<DayOfWeek> days, ExerciseFilter filter) {
		return new ProgrammeQuery(START, weeks, 10, days, filter, 0, ProgrammeQuery.DEFAULT_PROGRESS_AFTER, false);
	}

	private static void assertEveryDayOnce(Programme programme, ProgrammeQuery query) {
		assertThat(programme.days()).hasSize(query.weeks() * 7);
		for (int i = 0; i < programme.days().size(); i++) {
			Programme.Day day = programme.days().get(i);
			assertThat(day.date()).isEqualTo(query.start().plusDays(i));
			assertThat(day.week()).isEqualTo(i / 7 + 1);
			assertThat(day.weekday()).isEqualTo(ProgrammeQueryBinder.WEEKDAYS.get(day.date().getDayOfWeek().ordinal()));
		}
		assertThat(programme.parameters().end()).isEqualTo(programme.days().get(programme.days().size() - 1).date());
	}

	private static void assertRestDaysEmptyAndFiltersKept(Programme programme, ProgrammeQuery query) {
		Set<String> admitted = slugs(catalogue.findAll(query.filter().without(Filter.GOAL)));
		for (Programme.Day day : programme.days()) {
			if (!query.days().contains(day.date().getDayOfWeek())) {
				assertThat(day.sessions()).as("%s is a rest day", day.date()).isEmpty();
			}
			for (Programme.Session session : day.sessions()) {
				assertThat(session.exercises()).isNotEmpty();
				assertThat(session.totalSeconds()).isPositive().isLessThanOrEqualTo(session.minutes() * 60);
				assertThat(session.routine()).startsWith("/api/v1/routines?minutes=" + session.minutes() + "&");
				assertThat(session.exercises()).extracting(ExerciseRef::slug)
					.as("every filter holds")
					.allMatch(admitted::contains);
			}
		}
	}

	// Strengthening or stabilising work: an exercise that serves either goal, but for
	// those an article says to do twice a day, which come every day they are planned.
	private static void assertStrengtheningTwoOrThreeTimesAWeekNeverTwoDaysRunning(Programme programme,
			ProgrammeQuery query) {
		LocalDate previous = null;
		Map<Integer, Integer> strengthDays = new HashMap<>();
		for (Programme.Day day : programme.days()) {
			boolean strong = day.sessions()
				.stream()
				.flatMap((session) -> session.exercises().stream())
				.map((ref) -> exercise(ref.slug()))
				.anyMatch((exercise) -> !TWICE_A_DAY.contains(exercise.slug())
						&& (exercise.serves(Goal.STRENGTHEN) || exercise.serves(Goal.STABILISE)));
			if (strong) {
				assertThat(previous).as("no strengthening on %s, the day after %s", day.date(), previous)
					.isNotEqualTo(day.date().minusDays(1));
				previous = day.date();
			}
			if (day.sessions().stream().anyMatch((session) -> session.kind().equals("strength"))) {
				strengthDays.merge(day.week(), 1, Integer::sum);
			}
		}
		boolean asked = goals(query).stream().anyMatch((goal) -> goal != Goal.STRETCH);
		int room = Math.min(3, mostDaysApart(query.days()));
		for (int week = 1; week <= query.weeks(); week++) {
			int days = strengthDays.getOrDefault(week, 0);
			assertThat(days).as("strength days in week %d", week).isLessThanOrEqualTo(3);
			if (asked && room >= 2
					&& !programme.notes().stream().anyMatch((note) -> note.startsWith("Strength days"))) {
				assertThat(days).as("strength days in week %d", week).isBetween(2, 3).isEqualTo(room);
			}
		}
		if (asked && room < 2) {
			assertThat(programme.notes()).anyMatch((note) -> note.contains("2–3 times a week"));
		}
	}

	private static void assertStretchingEveryDay(Programme programme, ProgrammeQuery query) {
		if (!goals(query).contains(Goal.STRETCH)) {
			assertThat(programme.notes()).anyMatch((note) -> note.startsWith("Stretching on every day"));
			return;
		}
		boolean noted = programme.notes()
			.stream()
			.anyMatch((note) -> note.startsWith("Stretching on every day") || note.startsWith("Stretching days"));
		for (Programme.Day day : programme.days()) {
			if (query.days().contains(day.date().getDayOfWeek()) && !noted) {
				assertThat(day.sessions()).as("a session on %s", day.date()).isNotEmpty();
				assertThat(day.sessions()
					.stream()
					.flatMap((session) -> session.exercises().stream())
					.anyMatch((ref) -> exercise(ref.slug()).serves(Goal.STRETCH))).as("a stretch on %s", day.date())
					.isTrue();
			}
		}
	}

	// Each exercise an article says to do twice a day comes in exactly two sessions of
	// each day it comes on; the second session holds only such exercises.
	private static void assertTwiceADayExercisesTwice(Programme programme) {
		for (Programme.Day day : programme.days()) {
			Map<String, Integer> times = new HashMap<>();
			day.sessions()
				.forEach((session) -> session.exercises()
					.stream()
					.map(ExerciseRef::slug)
					.filter(TWICE_A_DAY::contains)
					.forEach((slug) -> times.merge(slug, 1, Integer::sum)));
			assertThat(times.values()).as("twice on %s", day.date()).allMatch((count) -> count == 2);
			assertThat(day.sessions()).hasSizeLessThanOrEqualTo(2);
			day.sessions()
				.stream()
				.filter((session) -> session.kind().equals("twice-a-day"))
				.forEach((session) -> assertThat(session.exercises()).extracting(ExerciseRef::slug)
					.allMatch(TWICE_A_DAY::contains));
			if (day.sessions().size() == 2) {
				assertThat(day.sessions().get(1).kind()).isEqualTo("twice-a-day");
			}
		}
	}

	// A harder variation comes only from the week after progress-after, within the
	// filters (difficulty among them), and once one of its bases was done on an earlier
	// day; the week it comes, its bases do not.
	private static void assertHarderOnlyAfterItsBase(Programme programme, ProgrammeQuery query) {
		Map<String, Set<String>> harder = harder();
		Set<String> done = new HashSet<>();
		Map<Integer, Set<String>> byWeek = new HashMap<>();
		for (Programme.Day day : programme.days()) {
			Set<String> today = new HashSet<>();
			for (Programme.Session session : day.sessions()) {
				for (ExerciseRef ref : session.exercises()) {
					today.add(ref.slug());
					if (harder.containsKey(ref.slug())) {
						assertThat(query.progressAfter()).as("never when progress-after is 0").isPositive();
						assertThat(day.week()).as(ref.slug()).isGreaterThan(query.progressAfter());
						assertThat(harder.get(ref.slug())).as("a base of %s done before %s", ref.slug(), day.date())
							.containsAnyOf(done.toArray(String[]::new));
						if (query.filter().has(Filter.DIFFICULTY)) {
							assertThat(query.filter().values(Filter.DIFFICULTY))
								.contains(exercise(ref.slug()).difficulty().value());
						}
					}
				}
			}
			done.addAll(today);
			byWeek.computeIfAbsent(day.week(), (week) -> new HashSet<>()).addAll(today);
		}
		byWeek.forEach((week, slugs) -> harder.forEach((variation, bases) -> {
			if (slugs.contains(variation)) {
				assertThat(slugs).as("week %d replaces the base of %s", week, variation)
					.doesNotContainAnyElementsOf(bases);
			}
		}));
		for (Programme.Progression progression : programme.progressions()) {
			assertThat(harder.get(progression.exercise().slug())).contains(progression.replaces().slug());
		}
	}

	// Two sessions of one kind in a week are two selections: other seeds.
	private static void assertSessionsVaryWithinAWeek(Programme programme) {
		Map<String, Set<String>> links = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (Programme.Day day : programme.days()) {
			for (Programme.Session session : day.sessions()) {
				if (!session.kind().equals("twice-a-day")) {
					String key = day.week() + session.kind();
					links.computeIfAbsent(key, (k) -> new HashSet<>())
						.add(session.routine().substring(session.routine().lastIndexOf('&')));
					counts.merge(key, 1, Integer::sum);
				}
			}
		}
		counts.forEach((key, count) -> assertThat(links.get(key)).as(key).hasSize(Math.min(count, 2)));
	}

	private static void assertCautionsOnceStopFirst(Programme programme) {
		List<CautionItem> cautions = programme.cautions();
		assertThat(cautions).extracting(CautionItem::slug).doesNotHaveDuplicates();
		boolean past = false;
		for (CautionItem caution : cautions) {
			past |= caution.severity() != Severity.STOP;
			assertThat(past && caution.severity() == Severity.STOP).as("stop first").isFalse();
		}
		if (programme.days().stream().anyMatch((day) -> !day.sessions().isEmpty())) {
			assertThat(cautions).isNotEmpty();
			assertThat(cautions.get(0).severity()).isEqualTo(Severity.STOP);
		}
	}

	private static void assertRulesSaySources(Programme programme) {
		Set<String> articles = new HashSet<>();
		catalogue.sources().stream().map(SourceEntry::slug).forEach(articles::add);
		for (Programme.Rule rule : programme.rules()) {
			assertThat(rule.basis()).isIn("article", "default", "request");
			if (rule.basis().equals("article")) {
				assertThat(rule.sources()).as(rule.rule()).isNotEmpty().allMatch(articles::contains);
			}
			else {
				assertThat(rule.sources()).as(rule.rule()).isEmpty();
			}
		}
		assertThat(programme.rules()).extracting(Programme.Rule::rule).contains("variety", "minutes");
	}

	// How many of the days can be strength days with a rest day between any two, the
	// end of a week next to the start of the next.
	private static int mostDaysApart(Set<DayOfWeek> days) {
		int most = 0;
		for (int bits = 1; bits < 128; bits++) {
			boolean fits = true;
			for (DayOfWeek day : DayOfWeek.values()) {
				boolean on = (bits & (1 << day.ordinal())) != 0;
				fits &= !on || days.contains(day);
				fits &= !(on && (bits & (1 << ((day.ordinal() + 1) % 7))) != 0);
			}
			if (fits) {
				most = Math.max(most, Integer.bitCount(bits));
			}
		}
		return most;
	}

	private static List<Goal> goals(ProgrammeQuery query) {
		List<Goal> asked = query.filter().values(Filter.GOAL, Goal.class);
		return asked.isEmpty() ? List.of(Goal.values()) : asked;
	}

	// Each harder variation with the exercises it is a harder version of.
	private static Map<String, Set<String>> harder() {
		Map<String, Set<String>> harder = new HashMap<>();
		for (ExerciseEntry exercise : catalogue.exercises()) {
			for (ExerciseLink link : exercise.harder()) {
				harder.computeIfAbsent(link.slug(), (slug) -> new HashSet<>()).add(exercise.slug());
			}
			for (ExerciseLink link : exercise.easier()) {
				harder.computeIfAbsent(exercise.slug(), (slug) -> new HashSet<>()).add(link.slug());
			}
		}
		return harder;
	}

	private static Set<String> twiceADay() {
		Set<String> slugs = new HashSet<>();
		for (ExerciseEntry exercise : catalogue.exercises()) {
			for (DosageEntry dosage : exercise.dosages()) {
				if ("twice a day".equals(dosage.frequency())) {
					slugs.add(exercise.slug());
				}
			}
		}
		assertThat(slugs).hasSize(2);
		return slugs;
	}

	private static ExerciseEntry exercise(String slug) {
		return catalogue.exercise(slug).orElseThrow();
	}

	private static Set<String> slugs(List<ExerciseEntry> exercises) {
		Set<String> slugs = new HashSet<>();
		exercises.forEach((exercise) -> slugs.add(exercise.slug()));
		return slugs;
	}

	// The link read as /routines reads its parameters.
	static RoutineQuery routineQuery(String link) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
			String[] nameValue = pair.split("=", 2);
			// A repeated parameter keeps every value, as the servlet container reads it.
			parameters.merge(nameValue[0], new String[] { URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) },
					(values, more) -> Stream.concat(Stream.of(values), Stream.of(more)).toArray(String[]::new));
		}
		QueryString query = new QueryString(parameters);
		return new RoutineQuery(RoutineQueryBinder.MINUTES.whole(query),
				FilterParameters.read(query, Filter.taken(true), null), RoutineQueryBinder.SEED.whole(query));
	}

}
