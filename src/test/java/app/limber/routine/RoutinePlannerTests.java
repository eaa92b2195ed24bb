package app.limber.routine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.model.ExerciseLink;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.model.MuscleEntry;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.model.Range;
import app.limber.catalogue.SeedCatalogues;
import app.limber.problem.BadParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The routine rules as properties, over every budget from 1 to 90 minutes, a grid of
 * filters and goals and several seeds, planned on the real seed catalogue. The
 * expectations are worked out here from the exercises themselves, not from the planner.
 */
class RoutinePlannerTests {

	private static final Catalogue catalogue = SeedCatalogues.seed();

	private static final RoutinePlanner planner = new RoutinePlanner(catalogue);

	private static final Map<String, Integer> family = families();

	private static final Map<String, int[]> lengths = new HashMap<>();

	private static final Map<List<String>, BitSet[]> roundLengths = new HashMap<>();

	/**
	 * Filter sets a user of the product asks for, each with every combination of goals.
	 */
	private static final List<RoutineQuery> FILTERS = List
		.of(query(), query().position(Position.SEATED, Position.STANDING).equipment(Equipment.NONE),
				query().position(Position.LYING_ON_BACK, Position.LYING_ON_FRONT, Position.LYING_ON_SIDE),
				query().avoidFloor(), query().equipment(Equipment.RESISTANCE_BAND), query().equipment(Equipment.NONE),
				query().avoidPosition(Position.KNEELING, Position.ALL_FOURS), query().position(Position.STANDING),
				query().difficulty(Difficulty.BEGINNER), query().muscle("piriformis"),
				query().muscle("gluteus-medius").equipment(Equipment.NONE), query().position(Position.ALL_FOURS),
				query().cause("prolonged-sitting"), query().cause("weak-glutes", "tight-hamstrings").avoidFloor())
		.stream()
		.map(Query::build)
		.toList();

	private static final List<List<Goal>> GOALS = List.of(List.of(), List.of(Goal.STRETCH), List.of(Goal.STRENGTHEN),
			List.of(Goal.STABILISE), List.of(Goal.STRETCH, Goal.STRENGTHEN), List.of(Goal.STRETCH, Goal.STABILISE),
			List.of(Goal.STRENGTHEN, Goal.STABILISE), List.of(Goal.STABILISE, Goal.STRETCH, Goal.STRENGTHEN));

	static Stream<Arguments> grid() {
		List<Arguments> grid = new ArrayList<>();
		for (RoutineQuery filters : FILTERS) {
			for (List<Goal> goals : GOALS) {
				for (int seed : new int[] { 0, 1, 7 }) {
					grid.add(Arguments.of(new RoutineQuery(RoutineQuery.DEFAULT_MINUTES,
							filters.filter().with(Filter.GOAL, goals.toArray(Goal[]::new)), seed)));
				}
			}
		}
		return grid.stream();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("grid")
	void shouldFollowEveryRuleForEveryBudgetFromOneToNinetyMinutes(RoutineQuery filters) {
		List<ExerciseEntry> matching = catalogue.exercises().stream().filter((e) -> matches(e, filters)).toList();
		for (int minutes = 1; minutes <= RoutineQuery.MAX_MINUTES; minutes++) {
			RoutineQuery query = new RoutineQuery(minutes, filters.filter(), filters.seed());
			Routine routine = planner.plan(query);
			assertThat(planner.plan(query)).as("the same inputs give the same routine").isEqualTo(routine);
			assertRule(routine, query, matching);
		}
	}

	private static void assertRule(Routine routine, RoutineQuery query, List<ExerciseEntry> matching) {
		int budget = query.minutes() * 60;
		assertThat(routine.totalSeconds()).as("never over the budget").isLessThanOrEqualTo(budget);
		if (routine.steps().isEmpty()) {
			assertThat(routine.explanation()).isNotBlank();
			assertThat(routine.rounds()).isZero();
			assertThat(matching.stream().allMatch((e) -> shortest(e) > budget)).as("empty only when nothing fits")
				.isTrue();
			return;
		}
		assertThat(routine.explanation()).isNull();
		assertTimelineAddsUp(routine);
		List<ExerciseEntry> chosen = firstRound(routine);
		assertThat(chosen).as("every filter holds").allMatch((e) -> matches(e, query));
		assertThat(chosen).extracting(ExerciseEntry::slug).doesNotHaveDuplicates();
		assertThat(chosen).extracting((e) -> family.get(e.slug()))
			.as("never two variations of one exercise")
			.doesNotHaveDuplicates();
		assertRounds(routine, chosen);
		assertThat(routine.steps().stream().map(Routine.Step::slug).distinct().count()).isEqualTo(chosen.size());
		assertDistinctCount(routine, chosen.size(), query.minutes(), matching, budget);
		assertFill(routine, matching, query.minutes(), budget);
		assertGentlestFirstDownToTheFloorOnce(chosen);
		assertPrescriptionsWithinTheArticles(routine.steps().subList(0, chosen.size()));
		assertGoalsRepresentedWhenPossible(routine, query, matching, chosen, budget);
	}

	private static void assertTimelineAddsUp(Routine routine) {
		int total = 0;
		for (Routine.Step step : routine.steps()) {
			assertThat(step.timeline().stream().mapToInt(Routine.Interval::seconds).sum()).isEqualTo(step.seconds());
			assertThat(step.timeline()).allSatisfy((interval) -> {
				assertThat(interval.seconds()).isPositive();
				assertThat(interval.kind()).isIn("work", "rest", "transition");
			});
			Routine.Prescription p = step.prescription();
			List<Routine.Work> work = step.timeline()
				.stream()
				.filter(Routine.Work.class::isInstance)
				.map(Routine.Work.class::cast)
				.toList();
			assertThat(work).allSatisfy((interval) -> assertThat(interval.kind()).isEqualTo("work"));
			int perSide = p.sets() * ((p.holdSeconds() != null) ? p.reps() : 1);
			assertThat(work).as("every set, side and held repetition").hasSize(perSide * p.sides());
			if (p.sides() == 2) {
				assertThat(work).filteredOn((i) -> "left".equals(i.side())).hasSize(perSide);
				assertThat(work).filteredOn((i) -> "right".equals(i.side())).hasSize(perSide);
			}
			assertThat(work.stream().mapToInt(Routine.Work::seconds).sum()).isEqualTo(p.sets() * p.sides() * p.reps()
					* (((p.holdSeconds() != null) ? p.holdSeconds() : 0) + DosageEntry.SECONDS_PER_REPETITION));
			total += step.seconds();
		}
		assertThat(routine.totalSeconds()).isEqualTo(total);
		assertThat(routine.steps().get(0).timeline().get(0).kind()).isEqualTo("work");
	}

	private static List<ExerciseEntry> firstRound(Routine routine) {
		return routine.steps()
			.stream()
			.filter((step) -> step.round() == 1)
			.map((step) -> catalogue.exercise(step.slug()).orElseThrow())
			.toList();
	}

	// Every round repeats the first, after a rest of 10 s to a minute; within a round a
	// 10-second transition comes before every exercise but the first.
	private static void assertRounds(Routine routine, List<ExerciseEntry> chosen) {
		assertThat(routine.steps()).hasSize(routine.rounds() * chosen.size());
		for (int i = 0; i < routine.steps().size(); i++) {
			Routine.Step step = routine.steps().get(i);
			Routine.Interval lead = step.timeline().get(0);
			boolean roundStart = i > 0 && i % chosen.size() == 0;
			boolean ok = step.order() == i + 1 && step.round() == i / chosen.size() + 1
					&& step.slug().equals(chosen.get(i % chosen.size()).slug())
					&& step.prescription().equals(routine.steps().get(i % chosen.size()).prescription())
					&& ((i == 0)
							|| (roundStart ? lead.kind().equals("rest") && lead.seconds() >= 10 && lead.seconds() <= 60
									: lead.kind().equals("transition") && lead.seconds() == 10));
			if (!ok) {
				assertThat(step).as("step %d repeats the first round, after a rest or a transition", i + 1).isNull();
			}
		}
	}

	// About one exercise per 1.5 to 3 minutes, at most ten; fewer only when the filters
	// leave fewer families or their shortest prescriptions leave no room, or when fewer
	// is what fills the time.
	private static void assertDistinctCount(Routine routine, int count, int minutes, List<ExerciseEntry> matching,
			int budget) {
		int most = Math.min(10, Math.max(1, (int) Math.floor(minutes / 1.5)));
		int least = Math.min(10, (int) Math.ceil(minutes / 3.0));
		Map<Integer, Integer> shortestPerFamily = new HashMap<>();
		matching.forEach((e) -> shortestPerFamily.merge(family.get(e.slug()), shortest(e), Math::min));
		List<Integer> shortest = shortestPerFamily.values().stream().sorted().toList();
		int room = 0;
		int used = -10;
		for (int seconds : shortest) {
			if (used + 10 + seconds <= budget) {
				used += 10 + seconds;
				room++;
			}
		}
		assertThat(count).isLessThanOrEqualTo(most);
		if (count < Math.min(least, room)) {
			assertThat(routine.totalSeconds() * 10).as("fewer exercises only to fill the time")
				.isGreaterThanOrEqualTo(budget * 9);
		}
	}

	// At least 90% of the budget wherever that is possible: whenever some set of matching
	// exercises, one per family and no more than the time allows, at any lengths their
	// dosages allow, repeated in rounds with rests of 10 s to a minute, could fill it.
	private static void assertFill(Routine routine, List<ExerciseEntry> matching, int minutes, int budget) {
		if (fillPossible(matching, Math.min(10, Math.max(1, (int) Math.floor(minutes / 1.5))), budget)) {
			assertThat(routine.totalSeconds() * 10).as("fills at least 90%% of %d s", budget)
				.isGreaterThanOrEqualTo(budget * 9);
		}
		if (routine.rounds() > 1 && routine.totalSeconds() * 10 >= budget * 9) {
			List<ExerciseEntry> chosen = firstRound(routine);
			int top = chosen.stream().mapToInt((e) -> lengths(e)[lengths(e).length - 1]).sum()
					+ (chosen.size() - 1) * 10;
			int fewer = routine.rounds() - 1;
			boolean fits = fewer * top + (fewer - 1) * 10 <= budget;
			int reach = Math.min(budget - 4 * (fewer - 1), fewer * top + (fewer - 1) * 60);
			assertThat(fits && reach * 10 >= budget * 9)
				.as("another round only when fewer, at the top of every range, cannot fill 90%%")
				.isFalse();
		}
	}

	private static boolean fillPossible(List<ExerciseEntry> matching, int most, int budget) {
		BitSet[] rounds = roundLengths(matching);
		for (int count = 1; count <= Math.min(most, rounds.length - 1); count++) {
			for (int round = rounds[count].nextSetBit(0); round >= 0
					&& round <= budget; round = rounds[count].nextSetBit(round + 1)) {
				for (int times = 1; times * round + (times - 1) * 10 <= budget; times++) {
					if (Math.min(budget, times * round + (times - 1) * 60) * 10 >= budget * 9) {
						return true;
					}
				}
			}
		}
		return false;
	}

	// For each number of exercises, every length one round of them can take: one exercise
	// per family, each at any length its dosages allow, 10 s between exercises. Worked
	// out
	// by subset sum, once per set of matching exercises.
	private static synchronized BitSet[] roundLengths(List<ExerciseEntry> matching) {
		return roundLengths.computeIfAbsent(matching.stream().map(ExerciseEntry::slug).toList(), (slugs) -> {
			int longest = RoutineQuery.MAX_MINUTES * 60;
			BitSet[] reach = new BitSet[11];
			for (int count = 0; count < reach.length; count++) {
				reach[count] = new BitSet(longest + 1);
			}
			reach[0].set(0);
			Map<Integer, List<ExerciseEntry>> families = new HashMap<>();
			matching.forEach((e) -> families.computeIfAbsent(family.get(e.slug()), (k) -> new ArrayList<>()).add(e));
			for (List<ExerciseEntry> members : families.values()) {
				for (int count = reach.length - 1; count >= 1; count--) {
					BitSet before = reach[count - 1];
					for (ExerciseEntry member : members) {
						for (int seconds : lengths(member)) {
							int step = seconds + ((count > 1) ? 10 : 0);
							for (int at = before.nextSetBit(0); at >= 0
									&& at + step <= longest; at = before.nextSetBit(at + 1)) {
								reach[count].set(at + step);
							}
						}
					}
				}
			}
			return reach;
		});
	}

	private static void assertGentlestFirstDownToTheFloorOnce(List<ExerciseEntry> chosen) {
		int changes = 0;
		Set<String> groupsDone = new HashSet<>();
		for (int i = 1; i < chosen.size(); i++) {
			ExerciseEntry before = chosen.get(i - 1);
			ExerciseEntry after = chosen.get(i);
			changes += (before.onFloor() != after.onFloor()) ? 1 : 0;
			String group = after.onFloor() + "/" + after.position();
			if (!group.equals(before.onFloor() + "/" + before.position())) {
				assertThat(groupsDone.add(before.onFloor() + "/" + before.position())).isTrue();
				assertThat(groupsDone).as("each position together").doesNotContain(group);
			}
			else {
				assertThat(gentleness(after)).as("gentlest first within a position")
					.isGreaterThanOrEqualTo(gentleness(before));
			}
		}
		assertThat(changes).as("onto the floor, or up from it, once a round").isLessThanOrEqualTo(1);
		assertThat(gentleness(chosen.get(0))).as("opens with the gentlest")
			.isEqualTo(chosen.stream().mapToInt(RoutinePlannerTests::gentleness).min().orElseThrow());
	}

	private static int gentleness(ExerciseEntry exercise) {
		return exercise.difficulty().ordinal() * 2 + (exercise.goals().contains(Goal.STRETCH) ? 0 : 1);
	}

	private static void assertPrescriptionsWithinTheArticles(List<Routine.Step> steps) {
		for (Routine.Step step : steps) {
			ExerciseEntry exercise = catalogue.exercise(step.slug()).orElseThrow();
			Routine.Prescription p = step.prescription();
			assertThat(p.sides()).isEqualTo(exercise.perSide() ? 2 : 1);
			if (p.basis().equals("default")) {
				assertThat(p.source()).isNull();
				assertThat(exercise.dosages()).noneMatch(DosageEntry::isTimed);
				assertThat(p.note()).contains("No article gives a number");
				continue;
			}
			DosageEntry dosage = exercise.dosages()
				.stream()
				.filter((d) -> d.source().equals(p.source()))
				.findFirst()
				.orElseThrow();
			assertThat(within(p.sets(), dosage.sets())).as("sets within the article's range").isTrue();
			assertThat(within(p.reps(), dosage.reps())).as("repetitions within the article's range").isTrue();
			assertThat((p.holdSeconds() == null) == (dosage.holdSeconds() == null)).isTrue();
			if (p.holdSeconds() != null) {
				assertThat(p.holdSeconds()).isBetween(dosage.holdSeconds().min(), dosage.holdSeconds().max());
			}
		}
	}

	private static boolean within(int value, Range range) {
		return (range == null) ? value == 1 : value >= range.min() && value <= range.max();
	}

	private static void assertGoalsRepresentedWhenPossible(Routine routine, RoutineQuery query,
			List<ExerciseEntry> matching, List<ExerciseEntry> chosen, int budget) {
		List<Goal> goals = query.goals();
		Set<Goal> represented = EnumSet.noneOf(Goal.class);
		chosen.forEach((e) -> represented.addAll(e.goals()));
		int needed = -10;
		boolean each = true;
		for (Goal goal : goals) {
			int shortest = matching.stream()
				.filter((e) -> e.goals().contains(goal))
				.mapToInt(RoutinePlannerTests::shortest)
				.min()
				.orElse(-1);
			each &= shortest > 0;
			needed += shortest + 10;
		}
		if (each && needed <= budget / 2 && RoutinePlanner.target(query.minutes()) >= goals.size()
				&& !represented.containsAll(goals)) {
			assertThat(routine.totalSeconds() * 10).as("a goal that fits is left out only to fill the time")
				.isGreaterThanOrEqualTo(budget * 9);
		}
		for (Goal goal : goals) {
			if (!represented.contains(goal)) {
				assertThat(routine.notes()).as("says why %s is missing", goal)
					.anyMatch((note) -> note.contains(goal.value()));
			}
		}
		if (goals.stream().anyMatch((goal) -> matching.stream().noneMatch((e) -> e.goals().contains(goal)))
				&& !query.filter().without(Filter.GOAL).given().isEmpty()) {
			assertThat(routine.notes()).as("names the filter to relax")
				.anyMatch((note) -> note.startsWith("Relaxing '"));
		}
	}

	private static int shortest(ExerciseEntry exercise) {
		return lengths(exercise)[0];
	}

	// How long each prescription the exercise's dosages allow takes, shortest first.
	private static synchronized int[] lengths(ExerciseEntry exercise) {
		return lengths.computeIfAbsent(exercise.slug(),
				(slug) -> Prescriptions.ladder(exercise).stream().mapToInt(Prescriptions::seconds).toArray());
	}

	private static boolean matches(ExerciseEntry exercise, RoutineQuery query) {
		ExerciseFilter filter = query.filter();
		List<Goal> goals = query.goals();
		List<Position> positions = filter.values(Filter.POSITION, Position.class);
		List<Equipment> equipment = filter.values(Filter.EQUIPMENT, Equipment.class);
		List<Difficulty> difficulty = filter.values(Filter.DIFFICULTY, Difficulty.class);
		Set<String> muscle = filter.values(Filter.MUSCLE);
		Set<String> causes = filter.values(Filter.CAUSE);
		Set<Position> allowed = positions.isEmpty() ? EnumSet.allOf(Position.class) : EnumSet.copyOf(positions);
		filter.values(Filter.AVOID_POSITION, Position.class).forEach(allowed::remove);
		return goals.stream().anyMatch(exercise.goals()::contains) && allowed.contains(exercise.position())
				&& (equipment.isEmpty() || equipment.stream().anyMatch(exercise.equipment()::contains))
				&& (difficulty.isEmpty() || difficulty.contains(exercise.difficulty()))
				&& (muscle.isEmpty() || Stream.of(exercise.primaryMuscles(), exercise.secondaryMuscles())
					.flatMap(List::stream)
					.map(MuscleEntry::slug)
					.anyMatch(muscle::contains))
				&& (causes.isEmpty() || catalogue.causes()
					.stream()
					.filter((cause) -> causes.contains(cause.slug()))
					.anyMatch((cause) -> cause.isTiedTo(exercise)))
				&& !(filter.has(Filter.AVOID_FLOOR) && exercise.onFloor());
	}

	// Exercises linked as variations, directly or through another, share a number.
	private static Map<String, Integer> families() {
		Map<String, Set<String>> links = new HashMap<>();
		for (ExerciseEntry exercise : catalogue.exercises()) {
			Stream.of(exercise.easier(), exercise.harder(), exercise.alternatives())
				.flatMap(List::stream)
				.map(ExerciseLink::slug)
				.forEach((other) -> {
					links.computeIfAbsent(exercise.slug(), (k) -> new HashSet<>()).add(other);
					links.computeIfAbsent(other, (k) -> new HashSet<>()).add(exercise.slug());
				});
		}
		Map<String, Integer> family = new HashMap<>();
		for (ExerciseEntry exercise : catalogue.exercises()) {
			if (family.containsKey(exercise.slug())) {
				continue;
			}
			Deque<String> next = new ArrayDeque<>(List.of(exercise.slug()));
			while (!next.isEmpty()) {
				String slug = next.pop();
				if (family.putIfAbsent(slug, exercise.ordinal()) == null) {
					next.addAll(links.getOrDefault(slug, Set.of()));
				}
			}
		}
		return family;
	}

	@Test
	void shouldGiveADifferentButReproducibleSelectionForAnotherSeed() {
		Set<List<String>> selections = new HashSet<>();
		for (int seed = 0; seed < 10; seed++) {
			selections.add(planner.plan(new RoutineQuery(5, ExerciseFilter.NONE, seed))
				.steps()
				.stream()
				.map(Routine.Step::slug)
				.toList());
		}
		assertThat(selections).hasSizeGreaterThan(1);
	}

	@Test
	void shouldRejectARoutineWithEveryPositionAvoided() {
		RoutineQuery query = new RoutineQuery(10, ExerciseFilter.NONE.with(Filter.POSITION, Position.KNEELING)
			.with(Filter.AVOID_POSITION, Position.KNEELING), 0);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> planner.plan(query))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("parameter", "avoid-position"));
	}

	@Test
	void shouldPlanOnlyTheExercisesAskedFor() {
		Routine routine = planner.plan(new RoutineQuery(3,
				ExerciseFilter.NONE.with(Filter.EXERCISE, "knee-to-chest-stretch", "supine-twist"), 0));
		assertThat(routine.steps()).extracting(Routine.Step::slug)
			.containsOnly("knee-to-chest-stretch", "supine-twist")
			.contains("knee-to-chest-stretch", "supine-twist");
	}

	@Test
	void shouldNeverPlanAnExerciseServingAnAvoidedGoal() {
		for (int seed = 0; seed < 5; seed++) {
			Routine routine = planner.plan(new RoutineQuery(20, ExerciseFilter.NONE.with(Filter.GOAL, Goal.STRETCH)
				.with(Filter.AVOID_GOAL, Goal.STRENGTHEN, Goal.STABILISE), seed));
			assertThat(routine.goals()).containsExactly(Goal.STRETCH);
			assertThat(routine.notes()).isEmpty();
			assertThat(firstRound(routine)).isNotEmpty()
				.allSatisfy((exercise) -> assertThat(exercise.goals()).containsExactly(Goal.STRETCH));
		}
	}

	@Test
	void shouldRejectARoutineWithEveryGoalAvoided() {
		RoutineQuery query = new RoutineQuery(10,
				ExerciseFilter.NONE.with(Filter.GOAL, Goal.STRETCH).with(Filter.AVOID_GOAL, Goal.STRETCH), 0);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> planner.plan(query))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("parameter", "avoid-goal"));
	}

	@Test
	void shouldRejectARoutineWithEveryExerciseAskedForAvoided() {
		RoutineQuery query = new RoutineQuery(10,
				ExerciseFilter.NONE.with(Filter.EXERCISE, "plank").with(Filter.AVOID_EXERCISE, "plank", "bird-dog"), 0);
		assertThatExceptionOfType(BadParameterException.class).isThrownBy(() -> planner.plan(query))
			.satisfies((ex) -> assertThat(ex.getBody().getProperties()).containsEntry("parameter", "avoid-exercise"));
	}

	@Test
	void shouldLinkToTheRoutineWithEveryParameterInAFixedOrder() {
		RoutineQuery query = new RoutineQuery(12,
				ExerciseFilter.NONE.with(Filter.AVOID_GOAL, Goal.STABILISE, Goal.STRENGTHEN)
					.with(Filter.GOAL, Goal.STRETCH)
					.with(Filter.EXERCISE, "supine-twist", "knee-to-chest-stretch"),
				4);
		assertThat(query.link()).isEqualTo("/api/v1/routines?minutes=12&goal=stretch"
				+ "&avoid-goal=strengthen&avoid-goal=stabilise&exercise=knee-to-chest-stretch&exercise=supine-twist&seed=4");
		assertThat(new RoutineQuery(10, ExerciseFilter.NONE, 0).link()).isEqualTo("/api/v1/routines?minutes=10&seed=0");
	}

	private static Query query() {
		return new Query();
	}

	// Builds the filter part of a query in the grid.
	private static final class Query {

		private List<Position> position = List.of();

		private List<Position> avoidPosition = List.of();

		private List<Equipment> equipment = List.of();

		private List<Difficulty> difficulty = List.of();

		private List<String> muscle = List.of();

		private List<String> cause = List.of();

		private boolean avoidFloor;

		Query position(Position... positions) {
			this.position = List.of(positions);
			return this;
		}

		Query avoidPosition(Position... positions) {
			this.avoidPosition = List.of(positions);
			return this;
		}

		Query equipment(Equipment... equipment) {
			this.equipment = List.of(equipment);
			return this;
		}

		Query difficulty(Difficulty... difficulties) {
			this.difficulty = List.of(difficulties);
			return this;
		}

		Query muscle(String... muscles) {
			this.muscle = List.of(muscles);
			return this;
		}

		Query cause(String... causes) {
			this.cause = List.of(causes);
			return this;
		}

		Query avoidFloor() {
			this.avoidFloor = true;
			return this;
		}

		RoutineQuery build() {
			ExerciseFilter filter = ExerciseFilter.NONE.with(Filter.POSITION, this.position.toArray(Position[]::new))
				.with(Filter.AVOID_POSITION, this.avoidPosition.toArray(Position[]::new))
				.with(Filter.EQUIPMENT, this.equipment.toArray(Equipment[]::new))
				.with(Filter.DIFFICULTY, this.difficulty.toArray(Difficulty[]::new))
				.with(Filter.MUSCLE, this.muscle)
				.with(Filter.CAUSE, this.cause);
			return new RoutineQuery(RoutineQuery.DEFAULT_MINUTES,
					this.avoidFloor ? filter.with(Filter.AVOID_FLOOR, Filter.TRUE) : filter, 0);
		}

	}

}
