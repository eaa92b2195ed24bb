package app.limber.catalogue;

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
		Map<Facet, List<FacetCount>> facets = this.catalogue
			.find(filter, ExerciseOrder.NAME, 0, 1, EnumSet.allOf(Facet.class))
			.facets();
		assertThat(facets).containsOnlyKeys(EnumSet.allOf(Facet.class));
		assertThat(values(facets.get(Facet.GOAL))).containsExactlyElementsOf(wire(Goal.values(), Goal::value));
		assertThat(values(facets.get(Facet.MUSCLE)))
			.containsExactlyElementsOf(this.catalogue.muscles().stream().map(MuscleEntry::slug).toList());
		for (FacetCount count : facets.get(Facet.GOAL)) {
			ExerciseFilter with = new ExerciseFilter(Set.of(WireValue.parse(Goal.class, count.value())),
					filter.muscles(), filter.regions(), filter.positions(), filter.equipment(), filter.difficulties(),
					filter.query());
			assertThat(count.count()).as("goal %s of %s", count.value(), filter).isEqualTo(bruteForce(with).size());
		}
		for (FacetCount count : facets.get(Facet.POSITION)) {
			ExerciseFilter with = new ExerciseFilter(filter.goals(), filter.muscles(), filter.regions(),
					Set.of(WireValue.parse(Position.class, count.value())), filter.equipment(), filter.difficulties(),
					filter.query());
			assertThat(count.count()).as("position %s of %s", count.value(), filter).isEqualTo(bruteForce(with).size());
		}
		for (FacetCount count : facets.get(Facet.EQUIPMENT)) {
			ExerciseFilter with = new ExerciseFilter(filter.goals(), filter.muscles(), filter.regions(),
					filter.positions(), Set.of(WireValue.parse(Equipment.class, count.value())), filter.difficulties(),
					filter.query());
			assertThat(count.count()).isEqualTo(bruteForce(with).size());
		}
		for (FacetCount count : facets.get(Facet.DIFFICULTY)) {
			ExerciseFilter with = new ExerciseFilter(filter.goals(), filter.muscles(), filter.regions(),
					filter.positions(), filter.equipment(), Set.of(WireValue.parse(Difficulty.class, count.value())),
					filter.query());
			assertThat(count.count()).isEqualTo(bruteForce(with).size());
		}
		for (FacetCount count : facets.get(Facet.MUSCLE)) {
			ExerciseFilter with = new ExerciseFilter(filter.goals(), Set.of(count.value()), filter.regions(),
					filter.positions(), filter.equipment(), filter.difficulties(), filter.query());
			assertThat(count.count()).isEqualTo(bruteForce(with).size());
		}
		for (FacetCount count : facets.get(Facet.REGION)) {
			ExerciseFilter with = new ExerciseFilter(filter.goals(), filter.muscles(),
					Set.of(WireValue.parse(BodyRegion.class, count.value())), filter.positions(), filter.equipment(),
					filter.difficulties(), filter.query());
			assertThat(count.count()).isEqualTo(bruteForce(with).size());
		}
	}

	@Test
	void shouldStillCountTheOtherPositionsWhileOneIsPicked() {
		ExerciseFilter standing = new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(Position.STANDING), Set.of(),
				Set.of(), null);
		Map<Facet, List<FacetCount>> facets = this.catalogue
			.find(standing, ExerciseOrder.NAME, 0, 20, Set.of(Facet.POSITION))
			.facets();
		assertThat(facets.get(Facet.POSITION)).contains(new FacetCount("seated",
				(int) this.catalogue.exercises().stream().filter((e) -> e.position() == Position.SEATED).count()));
		assertThat(facets.get(Facet.POSITION)).extracting(FacetCount::value)
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
		ExerciseFilter strengthenBridge = new ExerciseFilter(Set.of(Goal.STRETCH), Set.of(), Set.of(), Set.of(),
				Set.of(), Set.of(), "bridge");
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
		Set<String> searched = (filter.query() != null) ? new HashSet<>(this.catalogue
			.findAll(new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), filter.query()))
			.stream()
			.map(ExerciseEntry::slug)
			.toList()) : null;
		return this.catalogue.exercises()
			.stream()
			.filter((e) -> searched == null || searched.contains(e.slug()))
			.filter((e) -> filter.goals().isEmpty() || e.goals().stream().anyMatch(filter.goals()::contains))
			.filter((e) -> filter.muscles().isEmpty()
					|| muscles(e).anyMatch((m) -> filter.muscles().contains(m.slug())))
			.filter((e) -> filter.regions().isEmpty()
					|| muscles(e).anyMatch((m) -> filter.regions().contains(m.region())))
			.filter((e) -> filter.positions().isEmpty() || filter.positions().contains(e.position()))
			.filter((e) -> filter.equipment().isEmpty()
					|| e.equipment().stream().anyMatch(filter.equipment()::contains))
			.filter((e) -> filter.difficulties().isEmpty() || filter.difficulties().contains(e.difficulty()))
			.sorted(Comparator.comparing((ExerciseEntry e) -> e.name().toLowerCase(Locale.ROOT))
				.thenComparing(ExerciseEntry::slug))
			.toList();
	}

	private static Stream<MuscleEntry> muscles(ExerciseEntry exercise) {
		return Stream.concat(exercise.primaryMuscles().stream(), exercise.secondaryMuscles().stream());
	}

	private ExerciseFilter randomFilter(Random random) {
		return new ExerciseFilter(some(random, List.of(Goal.values())),
				some(random, this.catalogue.muscles().stream().map(MuscleEntry::slug).toList()),
				some(random, List.of(BodyRegion.values())), some(random, List.of(Position.values())),
				some(random, List.of(Equipment.values())), some(random, List.of(Difficulty.values())),
				QUERIES.get(random.nextInt(QUERIES.size())));
	}

	// Mostly no filter, else one to three values.
	private static <T> Set<T> some(Random random, List<T> values) {
		if (random.nextInt(3) > 0) {
			return Set.of();
		}
		Set<T> picked = new HashSet<>();
		IntStream.range(0, 1 + random.nextInt(3)).forEach((i) -> picked.add(values.get(random.nextInt(values.size()))));
		return picked;
	}

	private static List<String> values(List<FacetCount> counts) {
		return counts.stream().map(FacetCount::value).toList();
	}

	private static <V> List<String> wire(V[] values, Function<V, String> wire) {
		return Arrays.stream(values).map(wire).toList();
	}

}
