package app.limber.routine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import app.limber.catalogue.Catalogue;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.ExerciseEntry;
import app.limber.catalogue.ExerciseLink;
import app.limber.catalogue.Goal;
import app.limber.catalogue.MuscleEntry;
import app.limber.catalogue.Position;
import app.limber.catalogue.SeedCatalogues;
import app.limber.system.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Property-style tests of the routine rules over several hundred generated requests on
 * the real catalogue. The expectations are computed here from the exercises themselves,
 * not from the planner.
 */
class RoutinePlannerTests {

	private static final List<String> MUSCLES = List.of("gluteus-maximus", "gluteus-medius", "piriformis", "hamstrings",
			"hip-flexors", "erector-spinae", "abdominals", "adductors");

	private static final Catalogue catalogue = SeedCatalogues.seed();

	private final RoutineService routines = new RoutineService(SeedCatalogues.readModel());

	static Stream<Arguments> requests() {
		Random random = new Random(20261121);
		return IntStream.range(0, 400).mapToObj((i) -> Arguments.of(request(random)));
	}

	private static RoutineQuery request(Random random) {
		int minutes = (random.nextInt(4) == 0) ? 1 + random.nextInt(3) : 1 + random.nextInt(90);
		return new RoutineQuery(minutes, some(random, List.of(Goal.values()), 0.5),
				some(random, List.of(Position.values()), 0.3), some(random, List.of(Equipment.values()), 0.3),
				some(random, List.of(Difficulty.values()), 0.2), some(random, MUSCLES, 0.15),
				some(random, List.of(Position.values()), 0.2), random.nextInt(5) == 0, random.nextInt(1000));
	}

	// Each value with the given probability, only some of the time at all.
	private static <T> List<T> some(Random random, List<T> values, double probability) {
		if (random.nextBoolean()) {
			return List.of();
		}
		List<T> chosen = new ArrayList<>();
		values.forEach((value) -> {
			if (random.nextDouble() < probability) {
				chosen.add(value);
			}
		});
		return chosen;
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("requests")
	void shouldFollowEveryRuleForAnyRequest(RoutineQuery query) {
		Set<Position> allowed = allowedPositions(query);
		if (allowed.isEmpty()) {
			assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> this.routines.build(query))
				.satisfies(
						(ex) -> assertThat(ex.getBody().getProperties()).containsEntry("parameter", "avoid-position"));
			return;
		}
		Routine routine = this.routines.build(query);
		List<ExerciseEntry> matching = catalogue.exercises()
			.stream()
			.filter((e) -> matches(e, query, allowed))
			.toList();
		int budget = query.minutes() * 60;

		assertThat(routine.totalSeconds()).isLessThanOrEqualTo(budget);
		assertThat(routine.totalSeconds()).isEqualTo(routine.steps().stream().mapToInt(Routine.Step::seconds).sum()
				+ Math.max(routine.steps().size() - 1, 0) * Prescriptions.TRANSITION_SECONDS);
		List<String> slugs = routine.steps().stream().map(Routine.Step::slug).toList();
		assertThat(slugs).doesNotHaveDuplicates();
		List<ExerciseEntry> chosen = slugs.stream().map((slug) -> catalogue.exercise(slug).orElseThrow()).toList();
		assertThat(chosen).allSatisfy((exercise) -> assertThat(matches(exercise, query, allowed))
			.as("%s matches every filter", exercise.slug())
			.isTrue());
		assertThat(chosen).allSatisfy((exercise) -> assertThat(chosen).noneMatch(
				(other) -> other != exercise && Stream.of(exercise.easier(), exercise.harder(), exercise.alternatives())
					.flatMap(List::stream)
					.map(ExerciseLink::slug)
					.anyMatch(other.slug()::equals)));
		assertGroupedByPositionGentlestFirst(chosen);
		for (Routine.Step step : routine.steps()) {
			assertThat(step.seconds()).isEqualTo(Prescriptions.seconds(step.prescription()));
			assertThat(step.order()).isEqualTo(routine.steps().indexOf(step) + 1);
		}
		assertThat(this.routines.build(query)).as("the same inputs give the same routine").isEqualTo(routine);
		assertGoalsRepresentedWhenTheBudgetAllows(routine, query, matching, budget);
		if (routine.steps().isEmpty()) {
			assertThat(routine.explanation()).isNotBlank();
			assertThat(routine.cautions()).isEmpty();
		}
		else {
			assertThat(routine.explanation()).isNull();
			assertThat(routine.cautions()).first().satisfies((caution) -> assertThat(caution.general()).isTrue());
			assertThat(routine.cautions()).extracting((caution) -> caution.slug()).doesNotHaveDuplicates();
		}
	}

	private void assertGoalsRepresentedWhenTheBudgetAllows(Routine routine, RoutineQuery query,
			List<ExerciseEntry> matching, int budget) {
		List<Goal> goals = query.goal().isEmpty() ? List.of(Goal.values()) : query.goal();
		int needed = 0;
		for (Goal goal : goals) {
			int shortest = matching.stream()
				.filter((exercise) -> exercise.goals().contains(goal))
				.mapToInt((exercise) -> Prescriptions.seconds(Prescriptions.of(exercise)))
				.min()
				.orElse(Integer.MAX_VALUE / 4);
			needed += shortest + Prescriptions.TRANSITION_SECONDS;
		}
		Set<Goal> represented = EnumSet.noneOf(Goal.class);
		routine.steps().forEach((step) -> represented.addAll(catalogue.exercise(step.slug()).orElseThrow().goals()));
		if (needed - Prescriptions.TRANSITION_SECONDS <= budget / 2) {
			assertThat(represented).as("every goal fits comfortably, so each is represented").containsAll(goals);
		}
		for (Goal goal : goals) {
			if (!represented.contains(goal) && !routine.steps().isEmpty()) {
				assertThat(routine.notes()).anyMatch((note) -> note.contains(goal.value()));
			}
		}
	}

	private static void assertGroupedByPositionGentlestFirst(List<ExerciseEntry> chosen) {
		for (int i = 1; i < chosen.size(); i++) {
			ExerciseEntry before = chosen.get(i - 1);
			ExerciseEntry after = chosen.get(i);
			int flowBefore = RoutineService.FLOW.indexOf(before.position());
			int flowAfter = RoutineService.FLOW.indexOf(after.position());
			assertThat(flowAfter).as("positions run from standing down to the floor")
				.isGreaterThanOrEqualTo(flowBefore);
			if (flowAfter == flowBefore) {
				assertThat(after.difficulty()).as("gentlest first within a position")
					.isGreaterThanOrEqualTo(before.difficulty());
			}
		}
	}

	private static Set<Position> allowedPositions(RoutineQuery query) {
		Set<Position> allowed = query.position().isEmpty() ? EnumSet.allOf(Position.class)
				: EnumSet.copyOf(query.position());
		query.avoidPosition().forEach(allowed::remove);
		return allowed;
	}

	private static boolean matches(ExerciseEntry exercise, RoutineQuery query, Set<Position> allowed) {
		List<Goal> goals = query.goal().isEmpty() ? List.of(Goal.values()) : query.goal();
		return goals.stream().anyMatch(exercise.goals()::contains) && allowed.contains(exercise.position())
				&& (query.equipment().isEmpty() || query.equipment().stream().anyMatch(exercise.equipment()::contains))
				&& (query.difficulty().isEmpty() || query.difficulty().contains(exercise.difficulty()))
				&& (query.muscle().isEmpty() || Stream.of(exercise.primaryMuscles(), exercise.secondaryMuscles())
					.flatMap(List::stream)
					.map(MuscleEntry::slug)
					.anyMatch(query.muscle()::contains))
				&& !(query.avoidFloor() && exercise.onFloor());
	}

	@Test
	void shouldGiveADifferentButReproducibleSelectionForAnotherSeed() {
		Set<List<String>> selections = new HashSet<>();
		for (int seed = 0; seed < 10; seed++) {
			RoutineQuery query = new RoutineQuery(5, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
					false, seed);
			selections.add(this.routines.build(query).steps().stream().map(Routine.Step::slug).toList());
		}
		assertThat(selections).hasSizeGreaterThan(1);
	}

}
