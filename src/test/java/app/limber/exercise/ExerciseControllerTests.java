package app.limber.exercise;

import app.limber.catalogue.model.CauseEntry;
import app.limber.catalogue.model.ExerciseOrder;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.web.ControllerSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;

/**
 * The exercise endpoints: how parameters bind (checked on what the service receives), and
 * the answers the real service gives over the real seed catalogue.
 */
@ControllerSliceTest
class ExerciseControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReadModel readModel;

	@Autowired
	private ExerciseService exercises;

	@BeforeEach
	void serveTheSeedCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.seed());
	}

	@Test
	void shouldSearchEveryGoalOfARepeatedGoalParameter() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stretch&goal=strengthen")).hasStatusOk();
		assertThat(searchedQuery().filter().values(Filter.GOAL)).containsExactly("stretch", "strengthen");
	}

	@Test
	void shouldSearchEveryGoalOfACommaSeparatedGoalParameter() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stretch,strengthen")).hasStatusOk();
		assertThat(searchedQuery().filter().values(Filter.GOAL)).containsExactly("stretch", "strengthen");
	}

	@Test
	void shouldReadGoalsIgnoringCase() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=STRETCH&goal=Strengthen")).hasStatusOk();
		assertThat(searchedQuery().filter().values(Filter.GOAL)).containsExactly("stretch", "strengthen");
	}

	@Test
	void shouldAcceptStabilizeAsStabilise() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stabilize")).hasStatusOk();
		assertThat(searchedQuery().filter().values(Filter.GOAL)).containsExactly("stabilise");
	}

	@Test
	void shouldIgnoreBlankFilterValues() {
		assertThat(this.mvc.get()
			.uri("/api/v1/exercises?goal=&goal=stretch&muscle= &position=&equipment=&region=&difficulty=&page=&size="))
			.hasStatusOk();
		ExerciseQuery query = searchedQuery();
		assertThat(query.filter().values(Filter.GOAL)).containsExactly("stretch");
		assertThat(query.filter().has(Filter.MUSCLE)).isFalse();
		assertThat(query.filter().has(Filter.POSITION)).isFalse();
		assertThat(query.filter().has(Filter.EQUIPMENT)).isFalse();
		assertThat(query.filter().has(Filter.REGION)).isFalse();
		assertThat(query.filter().has(Filter.DIFFICULTY)).isFalse();
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(20);
	}

	@Test
	void shouldAskForTheFirstPageOfTwentyByDefault() {
		assertThat(this.mvc.get().uri("/api/v1/exercises")).hasStatusOk();
		ExerciseQuery query = searchedQuery();
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(20);
		assertThat(query.filter().given()).isEmpty();
		assertThat(query.filter().query()).isNull();
		assertThat(query.sorted()).isFalse();
		assertThat(query.facets()).isEmpty();
	}

	@Test
	void shouldIgnoreRequestHeadersNamedLikeQueryParameters() {
		assertThat(this.mvc.get()
			.uri("/api/v1/exercises")
			.header("Size", "0")
			.header("Page", "3")
			.header("Q", "bridge")
			.header("Facets", "goal")).hasStatusOk();
		ExerciseQuery query = searchedQuery();
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(20);
		assertThat(query.filter().query()).isNull();
		assertThat(query.facets()).isEmpty();
	}

	@Test
	void shouldPassEveryFilterToTheSearchInItsWireForm() {
		assertThat(this.mvc.get()
			.uri("/api/v1/exercises?muscle=piriformis&muscle=gluteus-maximus&region=lower-back"
					+ "&position=lying-on-back,all-fours&equipment=none&equipment=resistance-band"
					+ "&difficulty=intermediate&q=glute bridge&page=2&size=5&sort=duration,desc"
					+ "&facets=position,muscle,region"))
			.hasStatusOk();
		ExerciseQuery query = searchedQuery();
		assertThat(query.filter().values(Filter.MUSCLE)).containsExactly("piriformis", "gluteus-maximus");
		assertThat(query.filter().values(Filter.REGION)).containsExactly("lower-back");
		assertThat(query.filter().values(Filter.POSITION)).containsExactly("lying-on-back", "all-fours");
		assertThat(query.filter().values(Filter.EQUIPMENT)).containsExactly("none", "resistance-band");
		assertThat(query.filter().values(Filter.DIFFICULTY)).containsExactly("intermediate");
		assertThat(query.filter().query()).isEqualTo("glute bridge");
		assertThat(query.page()).isEqualTo(2);
		assertThat(query.size()).isEqualTo(5);
		assertThat(query.order()).isEqualTo(new ExerciseOrder(ExerciseOrder.By.DURATION, false));
		assertThat(query.facets()).containsExactlyInAnyOrder(Filter.POSITION, Filter.MUSCLE, Filter.REGION);
	}

	@Test
	void shouldAnswerWithThePageOfSummariesTheSearchFound() {
		// By name: banded hip hinge, glute bridge, standing hip extension, supine twist.
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stabilise&position=lying-on-back,standing&page=1&size=2"))
			.hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "items": [ {
							    "slug": "standing-hip-extension",
							    "name": "Standing hip extension",
							    "summary": "Holding a stable surface for balance, extend one leg backwards without arching your lower back.",
							    "goals": [ "stretch", "stabilise" ],
							    "position": "standing",
							    "onFloor": false,
							    "equipment": [ "stable-surface" ],
							    "difficulty": "beginner",
							    "technique": "movement",
							    "primaryMuscles": [ { "slug": "gluteus-maximus", "name": "Gluteus maximus", "region": "glutes" } ],
							    "estimatedDurationSeconds": null
							  }, {
							    "slug": "supine-twist",
							    "name": "Supine twist",
							    "summary": "Lying on your back, gently let your bent knees fall to one side while your shoulders stay on the floor.",
							    "goals": [ "stretch", "stabilise" ],
							    "position": "lying-on-back",
							    "onFloor": true,
							    "equipment": [ "none" ],
							    "difficulty": "beginner",
							    "technique": "movement",
							    "primaryMuscles": [ { "slug": "erector-spinae", "name": "Erector spinae", "region": "lower-back" } ],
							    "estimatedDurationSeconds": 72
							  } ],
							  "page": { "number": 1, "size": 2, "totalItems": 4, "totalPages": 2,
							    "first": "/api/v1/exercises?goal=stabilise&position=lying-on-back&position=standing&size=2&page=0",
							    "prev": "/api/v1/exercises?goal=stabilise&position=lying-on-back&position=standing&size=2&page=0",
							    "next": null,
							    "last": "/api/v1/exercises?goal=stabilise&position=lying-on-back&position=standing&size=2&page=1" }
							}
							""");
	}

	@Test
	void shouldCountTheValuesOfEachFacetAskedForIgnoringItsOwnFilter() {
		// Five of the thirty exercises are done standing; the position counts ignore the
		// position filter, the goal counts do not.
		assertThat(this.mvc.get().uri("/api/v1/exercises?position=standing&size=1&facets=position,goal")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "items": [ {
							    "slug": "banded-hip-hinge",
							    "name": "Banded hip hinge",
							    "summary": "Standing on a resistance band, hinge at the hips with a flat back and return to standing.",
							    "goals": [ "strengthen", "stabilise" ],
							    "position": "standing",
							    "onFloor": false,
							    "equipment": [ "resistance-band" ],
							    "difficulty": "intermediate",
							    "technique": "movement",
							    "primaryMuscles": [ { "slug": "gluteus-maximus", "name": "Gluteus maximus", "region": "glutes" } ],
							    "estimatedDurationSeconds": 24
							  } ],
							  "page": { "number": 0, "size": 1, "totalItems": 5, "totalPages": 5,
							    "first": "/api/v1/exercises?position=standing&facets=goal&facets=position&size=1&page=0",
							    "prev": null,
							    "next": "/api/v1/exercises?position=standing&facets=goal&facets=position&size=1&page=1",
							    "last": "/api/v1/exercises?position=standing&facets=goal&facets=position&size=1&page=4" },
							  "facets": {
							    "goal": [
							      { "value": "stretch", "count": 3 },
							      { "value": "strengthen", "count": 2 },
							      { "value": "stabilise", "count": 2 }
							    ],
							    "position": [
							      { "value": "lying-on-back", "count": 8 },
							      { "value": "lying-on-front", "count": 3 },
							      { "value": "lying-on-side", "count": 2 },
							      { "value": "seated", "count": 6 },
							      { "value": "kneeling", "count": 3 },
							      { "value": "all-fours", "count": 3 },
							      { "value": "standing", "count": 5 }
							    ]
							  }
							}
							""");
	}

	@Test
	void shouldLeaveFacetsOutOfTheAnswerUnlessAskedFor() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?position=standing")).hasStatusOk()
			.bodyJson()
			.hasPath("$.items")
			.hasPath("$.page")
			.doesNotHavePath("$.facets");
	}

	@Test
	void shouldRejectUnknownFacet() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?facets=position,colour").exchange())
			.isInvalidParameter("facets")
			.allows("goal", "muscle", "region", "position", "equipment", "difficulty", "cause");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldAnswerAnEmptySearchWithOkAndNoItems() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?q=handstand")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{ "items": [], "page": { "number": 0, "size": 20, "totalItems": 0, "totalPages": 0,
				  "first": "/api/v1/exercises?q=handstand&page=0", "prev": null, "next": null,
				  "last": "/api/v1/exercises?q=handstand&page=0" } }
				""");
	}

	@Test
	void shouldRejectUnknownGoal() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?goal=relax").exchange()).isInvalidParameter("goal")
			.hasTitle("Invalid parameter")
			.hasInstance("/api/v1/exercises")
			.allows("stretch", "strengthen", "stabilise")
			.hasDetailContaining("'relax'");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectAnUnknownGoalAmongKnownOnes() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?goal=stretch&goal=relax").exchange())
			.isInvalidParameter("goal");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectUnknownPosition() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?position=upside-down").exchange())
			.isInvalidParameter("position")
			.allows("lying-on-back", "lying-on-front", "lying-on-side", "seated", "kneeling", "all-fours", "standing");
	}

	@Test
	void shouldRejectUnknownEquipment() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?equipment=none&equipment=sofa").exchange())
			.isInvalidParameter("equipment")
			.allows("none", "wall", "resistance-band", "weights", "foam-roller", "stable-surface");
	}

	@Test
	void shouldRejectUnknownDifficulty() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?difficulty=extreme").exchange())
			.isInvalidParameter("difficulty")
			.allows("beginner", "intermediate", "advanced");
	}

	@Test
	void shouldRejectUnknownRegion() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?region=neck").exchange()).isInvalidParameter("region")
			.allows("glutes", "hips", "lower-back", "core", "thighs", "lower-legs");
	}

	@Test
	void shouldRejectAPageThatIsNotANumber() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?page=abc").exchange()).isInvalidParameter("page");
	}

	@Test
	void shouldRejectANegativePage() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?page=-1").exchange()).isInvalidParameter("page");
	}

	@Test
	void shouldRejectAPageBeyondTheLimit() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?page=10001").exchange()).isInvalidParameter("page");
	}

	@Test
	void shouldRejectAnEmptyPageSize() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?size=0").exchange()).isInvalidParameter("size");
	}

	@Test
	void shouldRejectAPageSizeOverOneHundred() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?size=101").exchange()).isInvalidParameter("size");
	}

	@Test
	void shouldAcceptAPageSizeOfOneHundred() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?size=100")).hasStatusOk();
		assertThat(searchedQuery().size()).isEqualTo(100);
	}

	@Test
	void shouldRejectASearchOfMoreThanOneHundredCharacters() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises").param("q", "a".repeat(101)).exchange())
			.isInvalidParameter("q");
	}

	@Test
	void shouldAcceptASearchOfOneHundredCharacters() {
		assertThat(this.mvc.get().uri("/api/v1/exercises").param("q", "a".repeat(100))).hasStatusOk();
		assertThat(searchedQuery().filter().query()).hasSize(100);
	}

	@Test
	void shouldRejectMoreThanTwentyValuesOfARepeatedFilter() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises").param("goal", times(21, "stretch")).exchange())
			.isInvalidParameter("goal");
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises").param("muscle", times(21, "piriformis")).exchange())
			.isInvalidParameter("muscle");
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises").param("position", times(21, "seated")).exchange())
			.isInvalidParameter("position");
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises").param("equipment", times(21, "wall")).exchange())
			.isInvalidParameter("equipment");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldAcceptTwentyValuesOfARepeatedFilter() {
		assertThat(this.mvc.get().uri("/api/v1/exercises").param("muscle", times(20, "piriformis"))).hasStatusOk();
		assertThat(searchedQuery().filter().values(Filter.MUSCLE)).hasSize(1);
	}

	@Test
	void shouldPassEveryCauseOfARepeatedCauseParameter() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?cause=prolonged-sitting&cause=stress")).hasStatusOk();
		assertThat(searchedQuery().filter().values(Filter.CAUSE)).containsExactly("prolonged-sitting", "stress");
	}

	@Test
	void shouldRejectAnUnknownCauseListingTheKnownOnes() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?cause=prolonged-sitting&cause=cold-weather").exchange())
			.isInvalidParameter("cause")
			.hasDetail("'cold-weather' is not a cause slug: use one of those listed in 'allowed' (see /api/v1/causes).")
			.allows(SeedCatalogues.seed().causes().stream().map(CauseEntry::slug).sorted().toArray(String[]::new));
	}

	@Test
	void shouldCountTheExercisesOfEachCauseForAFilterPanel() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?facets=cause&size=1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.facets.cause[?(@.value == 'prolonged-sitting')].count")
			.asArray()
			.containsExactly(SeedCatalogues.seed().cause("prolonged-sitting").orElseThrow().exercises().size());
	}

	@Test
	void shouldRejectAnUnknownMuscleListingTheKnownOnes() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises?muscle=piriformis&muscle=biceps").exchange())
			.isInvalidParameter("muscle")
			.hasDetail("'biceps' is not a muscle slug: use one of those listed in 'allowed' (see /api/v1/muscles).")
			.allows("abdominals", "adductors", "calves", "erector-spinae", "gluteus-maximus", "gluteus-medius",
					"gluteus-minimus", "hamstrings", "hip-flexors", "hip-rotators", "piriformis", "quadratus-lumborum",
					"rectus-femoris");
	}

	@Test
	void shouldRejectUnknownSortOrder() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/exercises?sort=popularity").exchange();
		assertThatProblem(result).isInvalidParameter("sort").hasDetailContaining("'popularity'");
		assertThat(result).bodyJson()
			.hasPathSatisfying("$.allowed",
					(allowed) -> assertThat(allowed).asArray().contains("name", "duration,desc"));
	}

	@Test
	void shouldServeOneExerciseInFull() {
		assertThat(this.mvc.get().uri("/api/v1/exercises/glute-bridge")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{
							  "slug": "glute-bridge",
							  "name": "Glute bridge",
							  "aliases": [ "Bridge", "Bridge pose", "Bridges" ],
							  "goals": [ "stretch", "strengthen", "stabilise" ],
							  "position": "lying-on-back",
							  "onFloor": true,
							  "equipment": [ "none" ],
							  "difficulty": "beginner",
							  "perSide": false,
							  "technique": "movement",
							  "dosage": { "sets": null, "reps": { "min": 10, "max": 15 }, "holdSeconds": { "min": 2, "max": 2 },
							              "restSeconds": null, "frequency": "2–3 times a week",
							              "source": "relieve-lower-back-and-glute-pain-with-exercises" },
							  "otherDosages": [ { "sets": { "min": 3, "max": 3 }, "reps": { "min": 15, "max": 15 }, "holdSeconds": null,
							                      "restSeconds": 60, "frequency": null,
							                      "source": "glute-exercises-to-relieve-lower-back-pain" } ],
							  "estimatedDurationSeconds": 60,
							  "muscles": {
							    "primary": [ { "slug": "gluteus-maximus", "name": "Gluteus maximus", "region": "glutes" } ],
							    "secondary": [ { "slug": "abdominals", "name": "Abdominals", "region": "core" },
							                   { "slug": "erector-spinae", "name": "Erector spinae", "region": "lower-back" } ]
							  },
							  "variations": {
							    "easier": [],
							    "harder": [ { "slug": "banded-glute-bridge", "name": "Banded glute bridge" },
							                { "slug": "single-leg-glute-bridge", "name": "Single-leg glute bridge" } ],
							    "alternatives": [ { "slug": "wall-bridge", "name": "Wall bridge" } ]
							  }
							}
							""")
			.hasPathSatisfying("$.steps", (steps) -> assertThat(steps).asArray()
				.hasSize(6)
				.startsWith("Lie on your back with your knees bent and your feet flat on the floor, hip-width apart."))
			.hasPathSatisfying("$.sources[*].slug",
					(sources) -> assertThat(sources).asArray()
						.containsExactlyInAnyOrder("say-goodbye-to-lower-back-pain",
								"relieve-lower-back-and-glute-pain-with-exercises", "stretches-for-a-flexible-back",
								"glute-exercises-to-relieve-lower-back-pain"))
			.hasPathSatisfying("$.cautions[*].slug", (cautions) -> assertThat(cautions).asArray()
				.hasSize(17)
				.startsWith("daily-stretching-habit", "lower-back-flare-up-in-glute-exercises",
						"rest-days-between-sessions", "persistent-neurological-symptoms",
						"persistent-pain-see-physiotherapist", "severe-pain-see-doctor", "stop-if-pain-worsens"))
			.hasPathSatisfying("$.cautions[1]",
					(own) -> assertThat(own).asInstanceOf(MAP)
						.containsEntry("severity", "info")
						.containsEntry("general", false)
						.containsEntry("title", "Lower back flare-up during glute work"));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownExercise() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises/splits").exchange()).is(404, "not-found")
			.hasTitle("Not found")
			.hasDetail("No exercise has the slug 'splits'.")
			.hasInstance("/api/v1/exercises/splits");
	}

	@Test
	void shouldRefuseToCreateAnExercise() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/exercises")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThatProblem(result).is(405, "method-not-allowed")
			.hasTitle("Method not allowed")
			.hasDetailContaining("POST");
		assertThat(result).hasHeader("Allow", "GET,HEAD,OPTIONS");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldRefuseToDeleteAnExercise() {
		MvcTestResult result = this.mvc.delete().uri("/api/v1/exercises/glute-bridge").exchange();
		assertThatProblem(result).is(405, "method-not-allowed").hasDetailContaining("DELETE");
		assertThat(result).hasHeader("Allow", "GET,HEAD,OPTIONS");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldAnswerNotAcceptableToAClientThatOnlyAcceptsXml() {
		assertThatProblem(this.mvc.get().uri("/api/v1/exercises").accept(MediaType.APPLICATION_XML).exchange())
			.is(406, "not-acceptable")
			.hasTitle("Not acceptable")
			.hasDetailContaining("application/json");
	}

	@Test
	void shouldAnswerAnUnexpectedErrorWithoutRevealingItsCause() {
		willThrow(new IllegalStateException("Connection to db-internal:5432 refused")).given(this.exercises)
			.find("glute-bridge");
		MvcTestResult result = this.mvc.get().uri("/api/v1/exercises/glute-bridge").exchange();
		assertThatProblem(result).is(500, "internal-error")
			.hasTitle("Internal error")
			.hasInstance("/api/v1/exercises/glute-bridge");
		assertThat(result).bodyJson().doesNotHavePath("$.trace").doesNotHavePath("$.exception");
		assertThat(result).bodyText()
			.doesNotContain("IllegalStateException")
			.doesNotContain("Exception")
			.doesNotContain("java.")
			.doesNotContain("app.limber")
			.doesNotContain("db-internal");
	}

	private ExerciseQuery searchedQuery() {
		ArgumentCaptor<ExerciseQuery> query = ArgumentCaptor.forClass(ExerciseQuery.class);
		then(this.exercises).should().search(query.capture(), any(), anyBoolean());
		return query.getValue();
	}

	private static String[] times(int count, String value) {
		String[] values = new String[count];
		java.util.Arrays.fill(values, value);
		return values;
	}

}
