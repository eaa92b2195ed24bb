package app.limber.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import app.limber.catalogue.SeedCatalogue;
import app.limber.catalogue.Goal;
import app.limber.catalogue.BodyRegion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the real seed catalogue finds exactly the exercises its files describe, in
 * the order a client asked for. The expected slugs are read off
 * {@code catalogue/exercises.json} and {@code catalogue/muscles.json}.
 */
@DataJpaTest(showSql = false)
@SeedCatalogue
class ExerciseSearchTests {

	private static final Pageable EVERYTHING = PageRequest.of(0, 100);

	private static final ExerciseSort BY_NAME = new ExerciseSort(ExerciseSort.Field.NAME, true);

	private static final ExerciseSort BY_RELEVANCE = new ExerciseSort(ExerciseSort.Field.RELEVANCE, true);

	private static final List<String> ALL_BY_NAME = List.of("banded-glute-bridge", "banded-hip-hinge", "bird-dog",
			"butterfly-stretch", "cat-cow", "childs-pose", "clamshell", "cobra-pose", "downward-facing-dog",
			"glute-bridge", "glute-foam-roll", "hip-flexor-stretch", "knee-to-chest-stretch", "pelvic-tilt",
			"pigeon-pose", "piriformis-stretch", "plank", "romanian-deadlift", "seated-forward-bend",
			"seated-glute-stretch", "seated-hamstring-stretch", "seated-spinal-twist", "side-lying-hip-stretch",
			"single-leg-glute-bridge", "sphinx-pose", "standing-forward-fold", "standing-hamstring-stretch",
			"standing-hip-extension", "supine-twist", "wall-bridge");

	private static final List<String> BEGINNER_BY_NAME = List.of("bird-dog", "butterfly-stretch", "cat-cow",
			"childs-pose", "clamshell", "cobra-pose", "downward-facing-dog", "glute-bridge", "glute-foam-roll",
			"hip-flexor-stretch", "knee-to-chest-stretch", "pelvic-tilt", "pigeon-pose", "piriformis-stretch", "plank",
			"seated-forward-bend", "seated-glute-stretch", "seated-hamstring-stretch", "seated-spinal-twist",
			"side-lying-hip-stretch", "sphinx-pose", "standing-forward-fold", "standing-hamstring-stretch",
			"standing-hip-extension", "supine-twist", "wall-bridge");

	private static final List<String> INTERMEDIATE_BY_NAME = List.of("banded-glute-bridge", "banded-hip-hinge",
			"romanian-deadlift", "single-leg-glute-bridge");

	// No article gives these numbers, so they have no estimated duration.
	private static final List<String> WITHOUT_DURATION_BY_NAME = List.of("butterfly-stretch", "cat-cow", "childs-pose",
			"clamshell", "cobra-pose", "downward-facing-dog", "hip-flexor-stretch", "pelvic-tilt", "pigeon-pose",
			"seated-forward-bend", "seated-hamstring-stretch", "seated-spinal-twist", "side-lying-hip-stretch",
			"sphinx-pose", "standing-forward-fold", "standing-hamstring-stretch", "standing-hip-extension",
			"wall-bridge");

	@Autowired
	private ExerciseRepository exercises;

	@Test
	void shouldFindTheExercisesForOneGoal() {
		assertThat(slugs(goals(Goal.STABILISE))).containsExactlyInAnyOrder("banded-hip-hinge", "bird-dog",
				"glute-bridge", "plank", "standing-hip-extension", "supine-twist");
	}

	@Test
	void shouldFindTheExercisesForAnyOfSeveralGoals() {
		assertThat(slugs(goals(Goal.STABILISE, Goal.STRENGTHEN))).containsExactlyInAnyOrder("banded-glute-bridge",
				"banded-hip-hinge", "bird-dog", "clamshell", "cobra-pose", "glute-bridge", "pelvic-tilt", "plank",
				"romanian-deadlift", "single-leg-glute-bridge", "standing-hip-extension", "supine-twist",
				"wall-bridge");
	}

	@Test
	void shouldFindTheExercisesThatWorkAMuscleAsPrimaryOrSecondaryTarget() {
		// Primary in the piriformis stretch, secondary in the other two.
		assertThat(slugs(muscles("piriformis"))).containsExactlyInAnyOrder("piriformis-stretch", "seated-glute-stretch",
				"pigeon-pose");
	}

	@Test
	void shouldFindTheExercisesThatWorkAnyOfSeveralMuscles() {
		assertThat(slugs(muscles("piriformis", "adductors"))).containsExactlyInAnyOrder("piriformis-stretch",
				"seated-glute-stretch", "pigeon-pose", "butterfly-stretch");
	}

	@Test
	void shouldFindTheExercisesThatWorkAMuscleInARegion() {
		// Hip flexors or hip rotators, as primary or secondary target.
		assertThat(slugs(region(BodyRegion.HIPS))).containsExactlyInAnyOrder("hip-flexor-stretch", "pigeon-pose",
				"seated-spinal-twist", "sphinx-pose");
	}

	@Test
	void shouldFindTheExercisesDoneInAnyOfSeveralPositions() {
		assertThat(slugs(positions(Position.LYING_ON_SIDE, Position.ALL_FOURS))).containsExactlyInAnyOrder("clamshell",
				"side-lying-hip-stretch", "bird-dog", "cat-cow", "downward-facing-dog");
	}

	@Test
	void shouldFindOnlyBodyweightExercisesForNoEquipment() {
		assertThat(slugs(equipment(Equipment.NONE))).containsExactlyInAnyOrder("bird-dog", "butterfly-stretch",
				"cat-cow", "childs-pose", "clamshell", "cobra-pose", "downward-facing-dog", "glute-bridge",
				"hip-flexor-stretch", "knee-to-chest-stretch", "pelvic-tilt", "pigeon-pose", "piriformis-stretch",
				"plank", "seated-forward-bend", "seated-glute-stretch", "seated-hamstring-stretch",
				"seated-spinal-twist", "side-lying-hip-stretch", "single-leg-glute-bridge", "sphinx-pose",
				"standing-forward-fold", "standing-hamstring-stretch", "supine-twist");
	}

	@Test
	void shouldFindTheExercisesThatNeedAnyOfSeveralPiecesOfEquipment() {
		assertThat(slugs(equipment(Equipment.RESISTANCE_BAND, Equipment.WEIGHTS)))
			.containsExactlyInAnyOrder("banded-glute-bridge", "banded-hip-hinge", "romanian-deadlift");
	}

	@Test
	void shouldFindTheExercisesOfADifficulty() {
		assertThat(slugs(difficulty(Difficulty.INTERMEDIATE)))
			.containsExactlyInAnyOrderElementsOf(INTERMEDIATE_BY_NAME);
	}

	@Test
	void shouldFindEveryExerciseThatMentionsAWordInItsNameAliasesOrSummary() {
		// "twist" is in two names; "hip" also in aliases ("Supine hip stretch") and
		// summaries ("lift your hips").
		assertThat(slugs(query("twist"))).containsExactlyInAnyOrder("seated-spinal-twist", "supine-twist");
		assertThat(slugs(query("hip"))).containsExactlyInAnyOrder("hip-flexor-stretch", "banded-hip-hinge",
				"piriformis-stretch", "side-lying-hip-stretch", "standing-hip-extension", "butterfly-stretch",
				"downward-facing-dog", "glute-bridge", "romanian-deadlift", "seated-forward-bend",
				"standing-forward-fold");
	}

	@Test
	void shouldFindOnlyExercisesThatMentionEveryWordOfTheQuery() {
		// "hip" alone finds 11 exercises and "stretch" alone 14.
		assertThat(slugs(query("hip stretch"))).containsExactlyInAnyOrder("piriformis-stretch",
				"side-lying-hip-stretch", "butterfly-stretch", "hip-flexor-stretch", "standing-forward-fold");
	}

	@Test
	void shouldSearchIgnoringCase() {
		assertThat(slugs(query("BRIDGE"))).containsExactlyInAnyOrder("glute-bridge", "banded-glute-bridge",
				"single-leg-glute-bridge", "wall-bridge");
	}

	@Test
	void shouldFindAnExerciseByItsAlias() {
		// The piriformis stretch says "supine" only in its alias, and the wall bridge
		// says "bridging" only in its alias.
		assertThat(slugs(query("supine hip stretch"))).containsExactly("piriformis-stretch");
		assertThat(slugs(query("bridging"))).containsExactly("wall-bridge");
	}

	@Test
	void shouldTreatPercentAndUnderscoreAsLiteralCharacters() {
		// As wildcards, each of these would match "glute bridge" or everything.
		assertThat(slugs(query("%"))).isEmpty();
		assertThat(slugs(query("_"))).isEmpty();
		assertThat(slugs(query("glute%bridge"))).isEmpty();
		assertThat(slugs(query("glute_bridge"))).isEmpty();
	}

	@Test
	void shouldCombineDifferentFiltersWithAnd() {
		ExerciseFilter strengthenOnBackWithoutEquipment = new ExerciseFilter(Set.of(Goal.STRENGTHEN), Set.of(),
				Set.of(), Set.of(Position.LYING_ON_BACK), Set.of(Equipment.NONE), Set.of(), null);
		assertThat(slugs(strengthenOnBackWithoutEquipment)).containsExactlyInAnyOrder("glute-bridge", "pelvic-tilt",
				"single-leg-glute-bridge");
		ExerciseFilter beginnerStabiliseForGluteusMaximus = new ExerciseFilter(Set.of(Goal.STABILISE),
				Set.of("gluteus-maximus"), Set.of(), Set.of(), Set.of(), Set.of(Difficulty.BEGINNER), null);
		assertThat(slugs(beginnerStabiliseForGluteusMaximus)).containsExactlyInAnyOrder("bird-dog", "glute-bridge",
				"standing-hip-extension", "supine-twist");
		ExerciseFilter seatedGluteStretches = new ExerciseFilter(Set.of(Goal.STRETCH), Set.of(),
				Set.of(BodyRegion.GLUTES), Set.of(Position.SEATED), Set.of(), Set.of(), null);
		assertThat(slugs(seatedGluteStretches)).containsExactlyInAnyOrder("glute-foam-roll", "seated-glute-stretch",
				"seated-spinal-twist");
	}

	@Test
	void shouldCombineASearchWithFilters() {
		ExerciseFilter intermediateBridges = new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
				Set.of(Difficulty.INTERMEDIATE), "bridge");
		assertThat(slugs(intermediateBridges)).containsExactlyInAnyOrder("banded-glute-bridge",
				"single-leg-glute-bridge");
	}

	@Test
	void shouldReturnAnEmptyPageWhenNothingMatches() {
		ExerciseFilter stretchesWithWeights = new ExerciseFilter(Set.of(Goal.STRETCH), Set.of(), Set.of(), Set.of(),
				Set.of(Equipment.WEIGHTS), Set.of(), null);
		Page<Exercise> page = this.exercises.search(stretchesWithWeights, BY_NAME, PageRequest.of(0, 20));
		assertThat(page.getContent()).isEmpty();
		assertThat(page.getTotalElements()).isZero();
		assertThat(page.getTotalPages()).isZero();
	}

	@Test
	void shouldReturnTheWholeCatalogueWithoutFilters() {
		assertThat(slugs(ExerciseFilter.NONE)).containsExactlyInAnyOrderElementsOf(ALL_BY_NAME);
	}

	@Test
	void shouldTellHowManyItemsAndPagesMatchOnTheFirstPage() {
		Page<Exercise> page = this.exercises.search(ExerciseFilter.NONE, BY_NAME, PageRequest.of(0, 7));
		assertThat(page.getContent()).extracting(Exercise::getSlug)
			.containsExactlyElementsOf(ALL_BY_NAME.subList(0, 7));
		assertThat(page.getNumber()).isZero();
		assertThat(page.getSize()).isEqualTo(7);
		assertThat(page.getTotalElements()).isEqualTo(30);
		assertThat(page.getTotalPages()).isEqualTo(5);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void shouldContinueWhereThePreviousPageStopped() {
		Page<Exercise> page = this.exercises.search(ExerciseFilter.NONE, BY_NAME, PageRequest.of(1, 7));
		assertThat(page.getContent()).extracting(Exercise::getSlug)
			.containsExactlyElementsOf(ALL_BY_NAME.subList(7, 14));
		assertThat(page.getTotalElements()).isEqualTo(30);
		assertThat(page.getTotalPages()).isEqualTo(5);
	}

	@Test
	void shouldReturnWhatIsLeftOnTheLastPage() {
		Page<Exercise> page = this.exercises.search(ExerciseFilter.NONE, BY_NAME, PageRequest.of(4, 7));
		assertThat(page.getContent()).extracting(Exercise::getSlug).containsExactly("supine-twist", "wall-bridge");
		assertThat(page.getTotalElements()).isEqualTo(30);
		assertThat(page.getTotalPages()).isEqualTo(5);
		assertThat(page.isLast()).isTrue();
	}

	@Test
	void shouldReturnAnEmptyPagePastTheEndWithTheRightTotals() {
		Page<Exercise> page = this.exercises.search(ExerciseFilter.NONE, BY_NAME, PageRequest.of(5, 7));
		assertThat(page.getContent()).isEmpty();
		assertThat(page.getNumber()).isEqualTo(5);
		assertThat(page.getTotalElements()).isEqualTo(30);
		assertThat(page.getTotalPages()).isEqualTo(5);
	}

	@Test
	void shouldCountOnlyTheMatchingExercisesAcrossPages() {
		Page<Exercise> page = this.exercises.search(goals(Goal.STABILISE), BY_NAME, PageRequest.of(1, 4));
		assertThat(page.getContent()).extracting(Exercise::getSlug)
			.containsExactly("standing-hip-extension", "supine-twist");
		assertThat(page.getTotalElements()).isEqualTo(6);
		assertThat(page.getTotalPages()).isEqualTo(2);
	}

	@Test
	void shouldSortByNameAscending() {
		assertThat(slugs(ExerciseFilter.NONE, BY_NAME)).containsExactlyElementsOf(ALL_BY_NAME);
	}

	@Test
	void shouldSortByNameDescending() {
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseSort(ExerciseSort.Field.NAME, false)))
			.containsExactlyElementsOf(reversed(ALL_BY_NAME));
	}

	@Test
	void shouldSortByDifficultyFromBeginnerToAdvancedThenByName() {
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseSort(ExerciseSort.Field.DIFFICULTY, true)))
			.containsExactlyElementsOf(concat(BEGINNER_BY_NAME, INTERMEDIATE_BY_NAME));
	}

	@Test
	void shouldSortByDifficultyFromHardestToGentlestWithTiesStillByName() {
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseSort(ExerciseSort.Field.DIFFICULTY, false)))
			.containsExactlyElementsOf(concat(INTERMEDIATE_BY_NAME, BEGINNER_BY_NAME));
	}

	@Test
	void shouldSortByDurationFromShortestWithExercisesWithoutAnEstimateLast() {
		// 20, 24, 32, 42, 60, 60, 64, 64, 72, 80, 160 and 170 seconds.
		List<String> estimated = List.of("romanian-deadlift", "banded-hip-hinge", "glute-foam-roll",
				"knee-to-chest-stretch", "banded-glute-bridge", "glute-bridge", "piriformis-stretch",
				"seated-glute-stretch", "supine-twist", "single-leg-glute-bridge", "plank", "bird-dog");
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseSort(ExerciseSort.Field.DURATION, true)))
			.containsExactlyElementsOf(concat(estimated, WITHOUT_DURATION_BY_NAME));
	}

	@Test
	void shouldSortByDurationFromLongestWithExercisesWithoutAnEstimateStillLast() {
		// 170, 160, 80, 72, 64, 64, 60, 60, 42, 32, 24 and 20 seconds; ties by name.
		List<String> estimated = List.of("bird-dog", "plank", "single-leg-glute-bridge", "supine-twist",
				"piriformis-stretch", "seated-glute-stretch", "banded-glute-bridge", "glute-bridge",
				"knee-to-chest-stretch", "glute-foam-roll", "banded-hip-hinge", "romanian-deadlift");
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseSort(ExerciseSort.Field.DURATION, false)))
			.containsExactlyElementsOf(concat(estimated, WITHOUT_DURATION_BY_NAME));
	}

	@Test
	void shouldRankAnExactAliasAheadOfNamesThatMerelyContainTheQuery() {
		// By name, the banded glute bridge would come first.
		assertThat(slugs(query("bridge"), BY_RELEVANCE)).containsExactly("glute-bridge", "banded-glute-bridge",
				"single-leg-glute-bridge", "wall-bridge");
	}

	@Test
	void shouldRankTheExerciseWhoseNameIsTheQueryFirst() {
		// The wall bridge mentions glutes only in its summary, so it comes last.
		assertThat(slugs(query("Glute Bridge"), BY_RELEVANCE)).containsExactly("glute-bridge", "banded-glute-bridge",
				"single-leg-glute-bridge", "wall-bridge");
	}

	@Test
	void shouldRankNamesThatStartWithTheQueryThenNamesAndAliasesThatContainItThenSummaries() {
		assertThat(slugs(query("hip"), BY_RELEVANCE)).containsExactly("hip-flexor-stretch", "banded-hip-hinge",
				"piriformis-stretch", "side-lying-hip-stretch", "standing-hip-extension", "butterfly-stretch",
				"downward-facing-dog", "glute-bridge", "romanian-deadlift", "seated-forward-bend",
				"standing-forward-fold");
	}

	@Test
	void shouldRankAnAliasThatStartsWithTheQueryAheadOfSummaryMatches() {
		// "Forward fold" is an alias of the standing forward fold; the other two only
		// mention both words in their summaries.
		assertThat(slugs(query("forward fold"), BY_RELEVANCE)).containsExactly("standing-forward-fold", "childs-pose",
				"seated-forward-bend");
	}

	private List<String> slugs(ExerciseFilter filter) {
		return slugs(filter, BY_NAME);
	}

	private List<String> slugs(ExerciseFilter filter, ExerciseSort sort) {
		Page<Exercise> page = this.exercises.search(filter, sort, EVERYTHING);
		assertThat(page.getTotalElements()).isEqualTo(page.getNumberOfElements());
		return page.getContent().stream().map(Exercise::getSlug).toList();
	}

	private static List<String> reversed(List<String> slugs) {
		List<String> reversed = new ArrayList<>(slugs);
		Collections.reverse(reversed);
		return reversed;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private static ExerciseFilter goals(Goal... goals) {
		return new ExerciseFilter(Set.of(goals), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null);
	}

	private static ExerciseFilter muscles(String... slugs) {
		return new ExerciseFilter(Set.of(), Set.of(slugs), Set.of(), Set.of(), Set.of(), Set.of(), null);
	}

	private static ExerciseFilter region(BodyRegion region) {
		return new ExerciseFilter(Set.of(), Set.of(), Set.of(region), Set.of(), Set.of(), Set.of(), null);
	}

	private static ExerciseFilter positions(Position... positions) {
		return new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(positions), Set.of(), Set.of(), null);
	}

	private static ExerciseFilter equipment(Equipment... equipment) {
		return new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(equipment), Set.of(), null);
	}

	private static ExerciseFilter difficulty(Difficulty difficulty) {
		return new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(difficulty), null);
	}

	private static ExerciseFilter query(String query) {
		return new ExerciseFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), query);
	}

}
