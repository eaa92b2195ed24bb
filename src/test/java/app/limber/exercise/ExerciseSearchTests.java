package app.limber.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import app.limber.catalogue.wire.BodyRegion;
import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.model.ExerciseMatches;
import app.limber.catalogue.model.ExerciseOrder;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.SeedCatalogues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the real seed catalogue finds exactly the exercises its files describe, in
 * the order a client asked for, one page at a time. The expected slugs are read off
 * {@code catalogue/exercises.json} and {@code catalogue/muscles.json}.
 */
class ExerciseSearchTests {

	private static final Catalogue catalogue = SeedCatalogues.seed();

	private static final ExerciseOrder BY_NAME = ExerciseOrder.NAME;

	private static final ExerciseOrder BY_RELEVANCE = ExerciseOrder.RELEVANCE;

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

	private static final List<String> BRIDGES = List.of("banded-glute-bridge", "glute-bridge",
			"single-leg-glute-bridge", "wall-bridge");

	private final ExerciseService service = new ExerciseService(SeedCatalogues.readModel());

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
		// Primary in the hip flexor stretch, secondary in the sphinx pose.
		assertThat(slugs(muscles("hip-flexors"))).containsExactlyInAnyOrder("hip-flexor-stretch", "sphinx-pose");
	}

	@Test
	void shouldFindTheExercisesThatWorkAnyOfSeveralMuscles() {
		assertThat(slugs(muscles("piriformis", "adductors"))).containsExactlyInAnyOrder("piriformis-stretch",
				"butterfly-stretch");
	}

	@Test
	void shouldFindNothingForAMuscleSlugTheCatalogueDoesNotHave() {
		// The service refuses such a slug before it gets here; the catalogue just finds
		// no exercise for it.
		assertThat(slugs(muscles("biceps"))).isEmpty();
		assertThat(slugs(muscles("biceps", "adductors"))).containsExactly("butterfly-stretch");
	}

	@Test
	void shouldFindTheExercisesThatWorkAMuscleInARegion() {
		// Hip flexors or hip rotators, as primary or secondary target.
		assertThat(slugs(region(BodyRegion.HIPS))).containsExactlyInAnyOrder("hip-flexor-stretch",
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
		// "twist" is in two names and nowhere else; "hip" is also in aliases ("Supine hip
		// stretch") and summaries ("lift your hips"), and in muscle names and texts.
		assertThat(slugs(query("twist"))).containsExactlyInAnyOrder("seated-spinal-twist", "supine-twist");
		assertThat(slugs(query("hip"))).contains("hip-flexor-stretch", "banded-hip-hinge", "piriformis-stretch",
				"side-lying-hip-stretch", "standing-hip-extension", "butterfly-stretch", "downward-facing-dog",
				"glute-bridge", "romanian-deadlift", "seated-forward-bend", "standing-forward-fold");
	}

	@Test
	void shouldFindOnlyExercisesThatMatchEveryWordOfTheQuery() {
		List<String> hip = slugs(query("hip"));
		List<String> stretch = slugs(query("stretch"));
		List<String> both = hip.stream().filter(stretch::contains).toList();
		assertThat(both).isNotEmpty().hasSizeLessThan(hip.size()).hasSizeLessThan(stretch.size());
		assertThat(slugs(query("hip stretch"))).containsExactlyInAnyOrderElementsOf(both)
			.contains("piriformis-stretch", "side-lying-hip-stretch", "butterfly-stretch", "hip-flexor-stretch",
					"standing-forward-fold");
		assertThat(slugs(query("supine twist"))).containsExactly("supine-twist");
	}

	@Test
	void shouldSearchIgnoringCase() {
		assertThat(slugs(query("BRIDGE"), BY_RELEVANCE)).isEqualTo(slugs(query("bridge"), BY_RELEVANCE))
			.containsAll(BRIDGES);
	}

	@Test
	void shouldFindAnExerciseByItsAlias() {
		// The piriformis stretch says "supine" only in its alias, and the wall bridge
		// says "bridging" only in its alias.
		assertThat(slugs(query("supine hip stretch"))).containsExactly("piriformis-stretch");
		assertThat(slugs(query("bridging"), BY_RELEVANCE)).first().isEqualTo("wall-bridge");
	}

	@Test
	void shouldFindNothingForPunctuationAlone() {
		// Neither is a wildcard that matches everything.
		assertThat(slugs(query("%"))).isEmpty();
		assertThat(slugs(query("_"))).isEmpty();
		assertThat(slugs(query("*"))).isEmpty();
		assertThat(slugs(query("|"))).isEmpty();
	}

	@Test
	void shouldFindNothingForAWordNoExerciseMentions() {
		assertThat(slugs(query("handstand"))).isEmpty();
	}

	@Test
	void shouldCombineDifferentFiltersWithAnd() {
		ExerciseFilter strengthenOnBackWithoutEquipment = ExerciseFilter.NONE.with(Filter.GOAL, Goal.STRENGTHEN)
			.with(Filter.POSITION, Position.LYING_ON_BACK)
			.with(Filter.EQUIPMENT, Equipment.NONE);
		assertThat(slugs(strengthenOnBackWithoutEquipment)).containsExactlyInAnyOrder("glute-bridge", "pelvic-tilt",
				"single-leg-glute-bridge");
		ExerciseFilter beginnerStabiliseForGluteusMaximus = ExerciseFilter.NONE.with(Filter.GOAL, Goal.STABILISE)
			.with(Filter.MUSCLE, "gluteus-maximus")
			.with(Filter.DIFFICULTY, Difficulty.BEGINNER);
		assertThat(slugs(beginnerStabiliseForGluteusMaximus)).containsExactlyInAnyOrder("bird-dog", "glute-bridge",
				"standing-hip-extension", "supine-twist");
		ExerciseFilter seatedGluteStretches = ExerciseFilter.NONE.with(Filter.GOAL, Goal.STRETCH)
			.with(Filter.REGION, BodyRegion.GLUTES)
			.with(Filter.POSITION, Position.SEATED);
		// The glute foam roll is seated and works the glutes, but is self-massage, not a
		// stretch.
		assertThat(slugs(seatedGluteStretches)).containsExactlyInAnyOrder("seated-glute-stretch",
				"seated-spinal-twist");
	}

	@Test
	void shouldCombineASearchWithFilters() {
		ExerciseFilter intermediateBridges = ExerciseFilter.NONE.with(Filter.DIFFICULTY, Difficulty.INTERMEDIATE)
			.searching("bridge");
		assertThat(slugs(intermediateBridges)).containsExactlyInAnyOrder("banded-glute-bridge",
				"single-leg-glute-bridge");
		ExerciseFilter bridgesOnAWall = ExerciseFilter.NONE.with(Filter.EQUIPMENT, Equipment.WALL).searching("bridge");
		assertThat(slugs(bridgesOnAWall, BY_RELEVANCE)).containsExactly("wall-bridge");
	}

	@Test
	void shouldReturnAnEmptyPageWhenNothingMatches() {
		ExerciseFilter stretchesWithWeights = ExerciseFilter.NONE.with(Filter.GOAL, Goal.STRETCH)
			.with(Filter.EQUIPMENT, Equipment.WEIGHTS);
		ExerciseMatches matches = catalogue.find(stretchesWithWeights, BY_NAME, 0, 20, Set.of());
		assertThat(matches.items()).isEmpty();
		assertThat(matches.total()).isZero();
		ExercisePage page = this.service.search(page(List.of(Goal.STRETCH), List.of(Equipment.WEIGHTS), 0, 20),
				"/api/v1/exercises", true);
		assertThat(page.items()).isEmpty();
		assertThat(page.page().totalItems()).isZero();
		assertThat(page.page().totalPages()).isZero();
	}

	@Test
	void shouldReturnTheWholeCatalogueWithoutFilters() {
		assertThat(slugs(ExerciseFilter.NONE)).containsExactlyInAnyOrderElementsOf(ALL_BY_NAME);
		assertThat(catalogue.findAll(ExerciseFilter.NONE)).extracting(ExerciseEntry::slug)
			.containsExactlyElementsOf(ALL_BY_NAME);
	}

	@Test
	void shouldTellHowManyItemsAndPagesMatchOnTheFirstPage() {
		ExercisePage page = this.service.search(page(List.of(), List.of(), 0, 7), "/api/v1/exercises", true);
		assertThat(page.items()).extracting(ExerciseSummary::slug).containsExactlyElementsOf(ALL_BY_NAME.subList(0, 7));
		assertThat(page.page().number()).isZero();
		assertThat(page.page().size()).isEqualTo(7);
		assertThat(page.page().totalItems()).isEqualTo(30);
		assertThat(page.page().totalPages()).isEqualTo(5);
	}

	@Test
	void shouldContinueWhereThePreviousPageStopped() {
		ExercisePage page = this.service.search(page(List.of(), List.of(), 1, 7), "/api/v1/exercises", true);
		assertThat(page.items()).extracting(ExerciseSummary::slug)
			.containsExactlyElementsOf(ALL_BY_NAME.subList(7, 14));
		assertThat(page.page().number()).isEqualTo(1);
		assertThat(page.page().totalItems()).isEqualTo(30);
		assertThat(page.page().totalPages()).isEqualTo(5);
	}

	@Test
	void shouldReturnWhatIsLeftOnTheLastPage() {
		ExercisePage page = this.service.search(page(List.of(), List.of(), 4, 7), "/api/v1/exercises", true);
		assertThat(page.items()).extracting(ExerciseSummary::slug).containsExactly("supine-twist", "wall-bridge");
		assertThat(page.page().totalItems()).isEqualTo(30);
		assertThat(page.page().totalPages()).isEqualTo(5);
	}

	@Test
	void shouldReturnAnEmptyPagePastTheEndWithTheRightTotals() {
		ExercisePage page = this.service.search(page(List.of(), List.of(), 5, 7), "/api/v1/exercises", true);
		assertThat(page.items()).isEmpty();
		assertThat(page.page().number()).isEqualTo(5);
		assertThat(page.page().totalItems()).isEqualTo(30);
		assertThat(page.page().totalPages()).isEqualTo(5);
		ExerciseMatches farPast = catalogue.find(ExerciseFilter.NONE, BY_NAME, 10_000L * 100, 100, Set.of());
		assertThat(farPast.items()).isEmpty();
		assertThat(farPast.total()).isEqualTo(30);
	}

	@Test
	void shouldCountOnlyTheMatchingExercisesAcrossPages() {
		ExercisePage page = this.service.search(page(List.of(Goal.STABILISE), List.of(), 1, 4), "/api/v1/exercises",
				true);
		assertThat(page.items()).extracting(ExerciseSummary::slug)
			.containsExactly("standing-hip-extension", "supine-twist");
		assertThat(page.page().totalItems()).isEqualTo(6);
		assertThat(page.page().totalPages()).isEqualTo(2);
	}

	@Test
	void shouldPageThroughSearchResultsInRelevanceOrderWithoutGapsOrRepeats() {
		ExerciseFilter hip = query("hip");
		List<String> all = slugs(hip, BY_RELEVANCE);
		List<String> paged = new ArrayList<>();
		for (int offset = 0; offset < all.size() + 5; offset += 5) {
			ExerciseMatches page = catalogue.find(hip, BY_RELEVANCE, offset, 5, Set.of());
			assertThat(page.total()).isEqualTo(all.size());
			page.items().forEach((exercise) -> paged.add(exercise.slug()));
		}
		assertThat(paged).isEqualTo(all);
	}

	@Test
	void shouldSortByNameAscending() {
		assertThat(slugs(ExerciseFilter.NONE, BY_NAME)).containsExactlyElementsOf(ALL_BY_NAME);
	}

	@Test
	void shouldSortByNameWithoutASearchWhenAskedForRelevance() {
		assertThat(slugs(ExerciseFilter.NONE, BY_RELEVANCE)).containsExactlyElementsOf(ALL_BY_NAME);
	}

	@Test
	void shouldSortByNameDescending() {
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseOrder(ExerciseOrder.By.NAME, false)))
			.containsExactlyElementsOf(reversed(ALL_BY_NAME));
	}

	@Test
	void shouldSortASearchByNameWhenAskedTo() {
		assertThat(slugs(query("bridge"), BY_NAME))
			.isSortedAccordingTo((one, other) -> name(one).compareToIgnoreCase(name(other)))
			.containsAll(BRIDGES);
	}

	@Test
	void shouldSortByDifficultyFromBeginnerToAdvancedThenByName() {
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseOrder(ExerciseOrder.By.DIFFICULTY, true)))
			.containsExactlyElementsOf(concat(BEGINNER_BY_NAME, INTERMEDIATE_BY_NAME));
	}

	@Test
	void shouldSortByDifficultyFromHardestToGentlestWithTiesStillByName() {
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseOrder(ExerciseOrder.By.DIFFICULTY, false)))
			.containsExactlyElementsOf(concat(INTERMEDIATE_BY_NAME, BEGINNER_BY_NAME));
	}

	@Test
	void shouldSortByDurationFromShortestWithExercisesWithoutAnEstimateLast() {
		// 20, 24, 32, 42, 60, 60, 64, 64, 72, 80, 160 and 170 seconds.
		List<String> estimated = List.of("romanian-deadlift", "banded-hip-hinge", "glute-foam-roll",
				"knee-to-chest-stretch", "banded-glute-bridge", "glute-bridge", "piriformis-stretch",
				"seated-glute-stretch", "supine-twist", "single-leg-glute-bridge", "plank", "bird-dog");
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseOrder(ExerciseOrder.By.DURATION, true)))
			.containsExactlyElementsOf(concat(estimated, WITHOUT_DURATION_BY_NAME));
	}

	@Test
	void shouldSortByDurationFromLongestWithExercisesWithoutAnEstimateStillLast() {
		// 170, 160, 80, 72, 64, 64, 60, 60, 42, 32, 24 and 20 seconds; ties by name.
		List<String> estimated = List.of("bird-dog", "plank", "single-leg-glute-bridge", "supine-twist",
				"piriformis-stretch", "seated-glute-stretch", "banded-glute-bridge", "glute-bridge",
				"knee-to-chest-stretch", "glute-foam-roll", "banded-hip-hinge", "romanian-deadlift");
		assertThat(slugs(ExerciseFilter.NONE, new ExerciseOrder(ExerciseOrder.By.DURATION, false)))
			.containsExactlyElementsOf(concat(estimated, WITHOUT_DURATION_BY_NAME));
	}

	@Test
	void shouldRankTheFourBridgesFirstWithTheGluteBridgeAheadOfThem() {
		// The glute bridge's aliases are "Bridge", "Bridge pose" and "Bridges"; by name,
		// the banded glute bridge would come first.
		List<String> found = slugs(query("bridge"), BY_RELEVANCE);
		assertThat(found).first().isEqualTo("glute-bridge");
		assertThat(found.subList(0, 4)).containsExactlyInAnyOrderElementsOf(BRIDGES);
	}

	@Test
	void shouldRankTheExerciseWhoseNameIsTheQueryFirst() {
		assertThat(slugs(query("Glute Bridge"), BY_RELEVANCE)).first().isEqualTo("glute-bridge");
		assertThat(slugs(query("plank"), BY_RELEVANCE)).first().isEqualTo("plank");
		assertThat(slugs(query("hip"), BY_RELEVANCE)).first().isEqualTo("hip-flexor-stretch");
	}

	@Test
	void shouldRankAnExerciseWhoseAliasIsTheQueryAheadOfThoseThatOnlyMentionItsWords() {
		// "Forward fold" is an alias of the standing forward fold; child's pose only
		// mentions both words in its text.
		List<String> found = slugs(query("forward fold"), BY_RELEVANCE);
		assertThat(found).first().isEqualTo("standing-forward-fold");
		assertThat(found).contains("childs-pose");
	}

	private static List<String> slugs(ExerciseFilter filter) {
		return slugs(filter, BY_NAME);
	}

	private static List<String> slugs(ExerciseFilter filter, ExerciseOrder order) {
		ExerciseMatches matches = catalogue.find(filter, order, 0, 100, Set.of());
		assertThat(matches.total()).isEqualTo(matches.items().size());
		assertThat(matches.facets()).isEmpty();
		return matches.items().stream().map(ExerciseEntry::slug).toList();
	}

	private static String name(String slug) {
		return catalogue.exercise(slug).orElseThrow().name();
	}

	private static List<String> reversed(List<String> slugs) {
		List<String> reversed = new ArrayList<>(slugs);
		Collections.reverse(reversed);
		return reversed;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private static ExerciseQuery page(List<Goal> goals, List<Equipment> equipment, int page, int size) {
		ExerciseFilter filter = ExerciseFilter.NONE.with(Filter.GOAL, goals.toArray(Goal[]::new))
			.with(Filter.EQUIPMENT, equipment.toArray(Equipment[]::new));
		return new ExerciseQuery(filter, page, size, ExerciseOrder.NAME, false, Set.of());
	}

	private static ExerciseFilter goals(Goal... goals) {
		return ExerciseFilter.NONE.with(Filter.GOAL, goals);
	}

	private static ExerciseFilter muscles(String... slugs) {
		return ExerciseFilter.NONE.with(Filter.MUSCLE, slugs);
	}

	private static ExerciseFilter region(BodyRegion region) {
		return ExerciseFilter.NONE.with(Filter.REGION, region);
	}

	private static ExerciseFilter positions(Position... positions) {
		return ExerciseFilter.NONE.with(Filter.POSITION, positions);
	}

	private static ExerciseFilter equipment(Equipment... equipment) {
		return ExerciseFilter.NONE.with(Filter.EQUIPMENT, equipment);
	}

	private static ExerciseFilter difficulty(Difficulty difficulty) {
		return ExerciseFilter.NONE.with(Filter.DIFFICULTY, difficulty);
	}

	private static ExerciseFilter query(String query) {
		return ExerciseFilter.NONE.searching(query);
	}

}
