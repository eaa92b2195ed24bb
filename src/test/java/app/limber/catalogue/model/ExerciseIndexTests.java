package app.limber.catalogue.model;

import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.wire.WireValue;

import app.limber.catalogue.SeedCatalogues;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory engine gives exactly what a brute-force walk over the catalogue gives:
 * the same exercises, the same totals and the same facet counts, for any combination of
 * filters and search.
 */
class ExerciseIndexTests {

	private static final List<String> QUERIES = Arrays.asList(null, "stretch", "bridge", "hip", "glute", "pir",
			"hamstring", "knee chest", "cat", "back pain", "core", "plnak", "lying");

	private final Catalogue catalogue = SeedCatalogues.seed();

	static Stream<Long> seeds() {
		return LongStream.range(0, 300).boxed();
	}

	@ParameterizedTest(name = "random question {0}")
	@MethodSource("seeds")
	void shouldAnswerEveryQuestionAsABruteForceWalkDoes(long seed) {
		ExerciseFilter filter = randomFilter(new Random(seed));
		List<ExerciseEntry> expected = bruteForce(filter);
		assertThat(this.catalogue.findAll(filter)).as("%s", filter).containsExactlyElementsOf(expected);
		assertThat(pages(filter, 7)).containsExactlyElementsOf(expected);
		assertThat(this.catalogue.find(filter, ExerciseOrder.NAME, 0, 3, Set.of()).total()).isEqualTo(expected.size());
	}

	@ParameterizedTest(name = "random question {0}")
	@MethodSource("seeds")
	void shouldCountEachFacetValueIgnoringOnlyThatFacetsOwnFilter(long seed) {
		ExerciseFilter filter = randomFilter(new Random(seed));
		Map<Filter, List<FacetCount>> facets = this.catalogue
			.find(filter, ExerciseOrder.NAME, 0, 1, EnumSet.copyOf(Filter.facets()))
			.facets();
		assertThat(facets).containsOnlyKeys(Filter.facets());
		assertThat(values(facets.get(Filter.GOAL))).containsExactlyElementsOf(wire(Goal.values(), Goal::value));
		assertThat(values(facets.get(Filter.MUSCLE)))
			.containsExactlyElementsOf(this.catalogue.muscles().stream().map(MuscleEntry::slug).toList());
		for (Filter facet : Filter.facets()) {
			for (FacetCount count : facets.get(facet)) {
				ExerciseFilter with = filter.with(facet, count.value());
				assertThat(count.count()).as("%s %s of %s", facet, count.value(), filter)
					.isEqualTo(bruteForce(with).size());
			}
		}
	}

	@Test
	void shouldStillCountTheOtherPositionsWhileOneIsPicked() {
		ExerciseFilter standing = ExerciseFilter.NONE.with(Filter.POSITION, Position.STANDING);
		Map<Filter, List<FacetCount>> facets = this.catalogue
			.find(standing, ExerciseOrder.NAME, 0, 20, Set.of(Filter.POSITION))
			.facets();
		assertThat(facets.get(Filter.POSITION)).contains(new FacetCount("seated",
				(int) this.catalogue.exercises().stream().filter((e) -> e.position() == Position.SEATED).count()));
		assertThat(facets.get(Filter.POSITION)).extracting(FacetCount::value)
			.containsExactlyElementsOf(wire(Position.values(), Position::value));
	}

	@Test
	void shouldCountNothingWhenNoFacetIsAskedFor() {
		assertThat(this.catalogue.find(ExerciseFilter.NONE, ExerciseOrder.NAME, 0, 20, Set.of()).facets()).isEmpty();
	}

	@Test
	void shouldOrderByEveryFieldWithNameTiesAscending() {
		Comparator<ExerciseEntry> name = Comparator.comparing((ExerciseEntry e) -> e.name().toLowerCase(Locale.ROOT))
			.thenComparing(ExerciseEntry::slug);
		assertThat(ordered(new ExerciseOrder(ExerciseOrder.By.NAME, false))).isSortedAccordingTo(name.reversed());
		assertThat(ordered(new ExerciseOrder(ExerciseOrder.By.DIFFICULTY, true)))
			.isSortedAccordingTo(Comparator.comparing(ExerciseEntry::difficulty).thenComparing(name));
		assertThat(ordered(new ExerciseOrder(ExerciseOrder.By.DIFFICULTY, false))).isSortedAccordingTo(
				Comparator.comparing(ExerciseEntry::difficulty, Comparator.reverseOrder()).thenComparing(name));
		Comparator<ExerciseEntry> untimedLast = Comparator.comparing((e) -> e.estimatedDurationSeconds() == null);
		assertThat(ordered(new ExerciseOrder(ExerciseOrder.By.DURATION, true))).isSortedAccordingTo(untimedLast
			.thenComparing(ExerciseEntry::estimatedDurationSeconds, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(name));
		assertThat(ordered(new ExerciseOrder(ExerciseOrder.By.DURATION, false))).isSortedAccordingTo(untimedLast
			.thenComparing(ExerciseEntry::estimatedDurationSeconds, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(name));
	}

	@Test
	void shouldRankBySearchRelevanceOnlyAmongTheExercisesThatPassTheFilters() {
		ExerciseFilter strengthenBridge = ExerciseFilter.NONE.with(Filter.GOAL, Goal.STRETCH).searching("bridge");
		assertThat(this.catalogue.find(strengthenBridge, ExerciseOrder.RELEVANCE, 0, 20, Set.of()).items())
			.allSatisfy((exercise) -> assertThat(exercise.goals()).contains(Goal.STRETCH));
	}

	private List<ExerciseEntry> ordered(ExerciseOrder order) {
		return this.catalogue.find(ExerciseFilter.NONE, order, 0, 100, Set.of()).items();
	}

	private List<ExerciseEntry> pages(ExerciseFilter filter, int size) {
		List<ExerciseEntry> all = new ArrayList<>();
		for (int page = 0;; page++) {
			ExerciseMatches matches = this.catalogue.find(filter, ExerciseOrder.NAME, (long) page * size, size,
					Set.of());
			if (matches.items().isEmpty()) {
				return all;
			}
			assertThat(matches.items()).hasSizeLessThanOrEqualTo(size);
			all.addAll(matches.items());
		}
	}

	// Every filter checked one exercise at a time, against the search alone.
	private List<ExerciseEntry> bruteForce(ExerciseFilter filter) {
		Set<String> searched = (filter.query() != null)
				? new HashSet<>(this.catalogue.findAll(ExerciseFilter.NONE.searching(filter.query()))
					.stream()
					.map(ExerciseEntry::slug)
					.toList())
				: null;
		return this.catalogue.exercises()
			.stream()
			.filter((e) -> searched == null || searched.contains(e.slug()))
			.filter((e) -> filter.given().stream().allMatch((given) -> passes(e, given, filter.values(given))))
			.sorted(Comparator.comparing((ExerciseEntry e) -> e.name().toLowerCase(Locale.ROOT))
				.thenComparing(ExerciseEntry::slug))
			.toList();
	}

	// What each filter means, written out apart from the index's declaration of it.
	private boolean passes(ExerciseEntry e, Filter filter, Set<String> values) {
		return switch (filter) {
			case GOAL -> e.goals().stream().anyMatch((goal) -> values.contains(goal.value()));
			case MUSCLE -> muscles(e).anyMatch((m) -> values.contains(m.slug()));
			case REGION -> muscles(e).anyMatch((m) -> values.contains(m.region().value()));
			case POSITION -> values.contains(e.position().value());
			case EQUIPMENT -> e.equipment().stream().anyMatch((item) -> values.contains(item.value()));
			case DIFFICULTY -> values.contains(e.difficulty().value());
			case CAUSE -> this.catalogue.causes()
				.stream()
				.anyMatch((cause) -> values.contains(cause.slug())
						&& cause.links().stream().anyMatch((link) -> link.exercise().slug().equals(e.slug())));
			case AVOID_POSITION -> !values.contains(e.position().value());
			case AVOID_FLOOR -> !e.onFloor();
			case AVOID_GOAL -> e.goals().stream().noneMatch((goal) -> values.contains(goal.value()));
			case EXERCISE -> values.contains(e.slug());
			case AVOID_EXERCISE -> !values.contains(e.slug());
		};
	}

	private static Stream<MuscleEntry> muscles(ExerciseEntry exercise) {
		return Stream.concat(exercise.primaryMuscles().stream(), exercise.secondaryMuscles().stream());
	}

	// Any filter, routines' own among them, with one to three of its values.
	private ExerciseFilter randomFilter(Random random) {
		ExerciseFilter filter = ExerciseFilter.NONE.searching(QUERIES.get(random.nextInt(QUERIES.size())));
		for (Filter each : Filter.values()) {
			filter = filter.with(each, some(random, allowed(each)));
		}
		return filter;
	}

	private List<String> allowed(Filter filter) {
		if (filter.type() != null) {
			return WireValue.allowed(filter.type());
		}
		return (filter == Filter.AVOID_FLOOR) ? List.of(Filter.TRUE) : this.catalogue.slugs(filter);
	}

	// Mostly no filter, else one to three values.
	private static List<String> some(Random random, List<String> values) {
		if (random.nextInt(3) > 0) {
			return List.of();
		}
		Set<String> picked = new HashSet<>();
		IntStream.range(0, 1 + random.nextInt(3)).forEach((i) -> picked.add(values.get(random.nextInt(values.size()))));
		return List.copyOf(picked);
	}

	private static List<String> values(List<FacetCount> counts) {
		return counts.stream().map(FacetCount::value).toList();
	}

	private static <V> List<String> wire(V[] values, Function<V, String> wire) {
		return Arrays.stream(values).map(wire).toList();
	}

}
