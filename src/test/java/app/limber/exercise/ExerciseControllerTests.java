package app.limber.exercise;

import java.util.List;
import java.util.Set;

import app.limber.catalogue.store.Caution;
import app.limber.catalogue.Severity;
import app.limber.catalogue.Goal;
import app.limber.catalogue.BodyRegion;
import app.limber.catalogue.store.Muscle;
import app.limber.catalogue.store.Source;
import app.limber.catalogue.SourceKind;
import app.limber.system.InvalidParameterException;
import app.limber.system.NotFoundException;
import app.limber.system.Paged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(ExerciseController.class)
class ExerciseControllerTests {

	private static final String INVALID_PARAMETER = "urn:limber:problem:invalid-parameter";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ExerciseService exercises;

	@BeforeEach
	void searchFindsNothing() {
		given(this.exercises.search(any()))
			.willReturn(new Paged<>(List.of(), new Paged.PageMetadata(0, ExerciseQuery.DEFAULT_SIZE, 0, 0)));
	}

	@Test
	void shouldSearchEveryGoalOfARepeatedGoalParameter() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stretch&goal=strengthen")).hasStatusOk();
		assertThat(searchedQuery().goal()).containsExactly(Goal.STRETCH, Goal.STRENGTHEN);
	}

	@Test
	void shouldSearchEveryGoalOfACommaSeparatedGoalParameter() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stretch,strengthen")).hasStatusOk();
		assertThat(searchedQuery().goal()).containsExactly(Goal.STRETCH, Goal.STRENGTHEN);
	}

	@Test
	void shouldReadGoalsIgnoringCase() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=STRETCH&goal=Strengthen")).hasStatusOk();
		assertThat(searchedQuery().goal()).containsExactly(Goal.STRETCH, Goal.STRENGTHEN);
	}

	@Test
	void shouldAcceptStabilizeAsStabilise() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stabilize")).hasStatusOk();
		assertThat(searchedQuery().goal()).containsExactly(Goal.STABILISE);
	}

	@Test
	void shouldIgnoreBlankFilterValues() {
		assertThat(this.mvc.get()
			.uri("/api/v1/exercises?goal=&goal=stretch&muscle= &position=&equipment=&region=&difficulty=&page=&size="))
			.hasStatusOk();
		ExerciseQuery query = searchedQuery();
		assertThat(query.goal()).containsExactly(Goal.STRETCH);
		assertThat(query.muscle()).isEmpty();
		assertThat(query.position()).isEmpty();
		assertThat(query.equipment()).isEmpty();
		assertThat(query.region()).isEmpty();
		assertThat(query.difficulty()).isEmpty();
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(20);
	}

	@Test
	void shouldAskForTheFirstPageOfTwentyByDefault() {
		assertThat(this.mvc.get().uri("/api/v1/exercises")).hasStatusOk();
		ExerciseQuery query = searchedQuery();
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(20);
		assertThat(query.goal()).isEmpty();
		assertThat(query.q()).isNull();
		assertThat(query.sort()).isNull();
	}

	@Test
	void shouldPassEveryFilterToTheSearchInItsWireForm() {
		assertThat(this.mvc.get()
			.uri("/api/v1/exercises?muscle=piriformis&muscle=gluteus-maximus&region=lower-back"
					+ "&position=lying-on-back,all-fours&equipment=none&equipment=resistance-band"
					+ "&difficulty=intermediate&q=glute bridge&page=2&size=5&sort=duration,desc"))
			.hasStatusOk();
		ExerciseQuery query = searchedQuery();
		assertThat(query.muscle()).containsExactly("piriformis", "gluteus-maximus");
		assertThat(query.region()).containsExactly(BodyRegion.LOWER_BACK);
		assertThat(query.position()).containsExactly(Position.LYING_ON_BACK, Position.ALL_FOURS);
		assertThat(query.equipment()).containsExactly(Equipment.NONE, Equipment.RESISTANCE_BAND);
		assertThat(query.difficulty()).containsExactly(Difficulty.INTERMEDIATE);
		assertThat(query.q()).isEqualTo("glute bridge");
		assertThat(query.page()).isEqualTo(2);
		assertThat(query.size()).isEqualTo(5);
		assertThat(query.sort()).isEqualTo("duration,desc");
	}

	@Test
	void shouldAnswerWithThePageOfSummariesTheSearchFound() {
		ExerciseSummary bridge = new ExerciseSummary("glute-bridge", "Glute bridge",
				"Lift the hips off the floor by squeezing the glutes.", List.of(Goal.STRENGTHEN, Goal.STABILISE),
				Position.LYING_ON_BACK, true, List.of(Equipment.NONE), Difficulty.BEGINNER,
				List.of(new MuscleRef("gluteus-maximus", "Gluteus maximus", BodyRegion.GLUTES)), null);
		given(this.exercises.search(any()))
			.willReturn(new Paged<>(List.of(bridge), new Paged.PageMetadata(1, 5, 6, 2)));
		assertThat(this.mvc.get().uri("/api/v1/exercises?page=1&size=5")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "items": [ {
							    "slug": "glute-bridge",
							    "name": "Glute bridge",
							    "summary": "Lift the hips off the floor by squeezing the glutes.",
							    "goals": [ "strengthen", "stabilise" ],
							    "position": "lying-on-back",
							    "onFloor": true,
							    "equipment": [ "none" ],
							    "difficulty": "beginner",
							    "primaryMuscles": [ { "slug": "gluteus-maximus", "name": "Gluteus maximus", "region": "glutes" } ],
							    "estimatedDurationSeconds": null
							  } ],
							  "page": { "number": 1, "size": 5, "totalItems": 6, "totalPages": 2 }
							}
							""");
	}

	@Test
	void shouldAnswerAnEmptySearchWithOkAndNoItems() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?q=handstand")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{ "items": [], "page": { "number": 0, "size": 20, "totalItems": 0, "totalPages": 0 } }
				""");
	}

	@Test
	void shouldRejectUnknownGoal() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=relax")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
					  "parameter": "goal", "instance": "/api/v1/exercises" }
					""")
			.hasPathSatisfying("$.allowed",
					(allowed) -> assertThat(allowed).asArray().containsExactly("stretch", "strengthen", "stabilise"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'relax'"));
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectAnUnknownGoalAmongKnownOnes() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?goal=stretch&goal=relax")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "parameter": "goal" }
					""");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectUnknownPosition() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?position=upside-down")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "status": 400, "parameter": "position" }
					""")
			.hasPathSatisfying("$.allowed",
					(allowed) -> assertThat(allowed).asArray()
						.containsExactly("lying-on-back", "lying-on-front", "lying-on-side", "seated", "kneeling",
								"all-fours", "standing"));
	}

	@Test
	void shouldRejectUnknownEquipment() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?equipment=none&equipment=sofa"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "status": 400, "parameter": "equipment" }
					""")
			.hasPathSatisfying("$.allowed", (allowed) -> assertThat(allowed).asArray()
				.containsExactly("none", "wall", "resistance-band", "weights", "foam-roller", "stable-surface"));
	}

	@Test
	void shouldRejectUnknownDifficulty() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?difficulty=extreme")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "status": 400, "parameter": "difficulty" }
					""")
			.hasPathSatisfying("$.allowed",
					(allowed) -> assertThat(allowed).asArray().containsExactly("beginner", "intermediate", "advanced"));
	}

	@Test
	void shouldRejectUnknownRegion() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?region=neck")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "status": 400, "parameter": "region" }
					""")
			.hasPathSatisfying("$.allowed", (allowed) -> assertThat(allowed).asArray()
				.containsExactly("glutes", "hips", "lower-back", "core", "thighs", "lower-legs"));
	}

	@Test
	void shouldRejectAPageThatIsNotANumber() {
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises?page=abc").exchange(), "page");
	}

	@Test
	void shouldRejectANegativePage() {
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises?page=-1").exchange(), "page");
	}

	@Test
	void shouldRejectAPageBeyondTheLimit() {
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises?page=10001").exchange(), "page");
	}

	@Test
	void shouldRejectAnEmptyPageSize() {
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises?size=0").exchange(), "size");
	}

	@Test
	void shouldRejectAPageSizeOverOneHundred() {
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises?size=101").exchange(), "size");
	}

	@Test
	void shouldAcceptAPageSizeOfOneHundred() {
		assertThat(this.mvc.get().uri("/api/v1/exercises?size=100")).hasStatusOk();
		assertThat(searchedQuery().size()).isEqualTo(100);
	}

	@Test
	void shouldRejectASearchOfMoreThanOneHundredCharacters() {
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises").param("q", "a".repeat(101)).exchange(), "q");
	}

	@Test
	void shouldAcceptASearchOfOneHundredCharacters() {
		assertThat(this.mvc.get().uri("/api/v1/exercises").param("q", "a".repeat(100))).hasStatusOk();
		assertThat(searchedQuery().q()).hasSize(100);
	}

	@Test
	void shouldRejectMoreThanTwentyValuesOfARepeatedFilter() {
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises").param("goal", times(21, "stretch")).exchange(),
				"goal");
		assertInvalidParameter(
				this.mvc.get().uri("/api/v1/exercises").param("muscle", times(21, "piriformis")).exchange(), "muscle");
		assertInvalidParameter(
				this.mvc.get().uri("/api/v1/exercises").param("position", times(21, "seated")).exchange(), "position");
		assertInvalidParameter(this.mvc.get().uri("/api/v1/exercises").param("equipment", times(21, "wall")).exchange(),
				"equipment");
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldAcceptTwentyValuesOfARepeatedFilter() {
		assertThat(this.mvc.get().uri("/api/v1/exercises").param("muscle", times(20, "piriformis"))).hasStatusOk();
		assertThat(searchedQuery().muscle()).hasSize(20);
	}

	@Test
	void shouldReportAnInvalidParameterTheSearchRejects() {
		given(this.exercises.search(any())).willThrow(new InvalidParameterException("muscle",
				"'biceps' is not a muscle slug.", List.of("gluteus-maximus", "piriformis")));
		assertThat(this.mvc.get().uri("/api/v1/exercises?muscle=biceps")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "status": 400, "parameter": "muscle",
					  "detail": "'biceps' is not a muscle slug.", "allowed": [ "gluteus-maximus", "piriformis" ] }
					""");
	}

	@Test
	void shouldServeOneExerciseInFull() {
		given(this.exercises.find("glute-bridge")).willReturn(gluteBridge());
		assertThat(this.mvc.get().uri("/api/v1/exercises/glute-bridge")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{
							  "slug": "glute-bridge",
							  "name": "Glute bridge",
							  "aliases": [ "bridge", "bridge pose" ],
							  "goals": [ "strengthen", "stabilise" ],
							  "position": "lying-on-back",
							  "onFloor": true,
							  "equipment": [ "none" ],
							  "difficulty": "beginner",
							  "perSide": false,
							  "steps": [ "Lie on your back with knees bent.", "Squeeze the glutes and lift the hips." ],
							  "dosage": { "sets": { "min": 2, "max": 3 }, "reps": { "min": 10, "max": 15 }, "holdSeconds": null,
							              "restSeconds": null, "frequency": "daily", "source": "glute-exercises" },
							  "otherDosages": [],
							  "estimatedDurationSeconds": 90,
							  "muscles": {
							    "primary": [ { "slug": "gluteus-maximus", "name": "Gluteus maximus", "region": "glutes" } ],
							    "secondary": [ { "slug": "hamstrings", "name": "Hamstrings", "region": "thighs" } ]
							  },
							  "cautions": [
							    { "slug": "neutral-spine", "severity": "warning", "general": false },
							    { "slug": "stop-if-pain-worsens", "severity": "stop", "general": true }
							  ],
							  "variations": { "easier": [], "harder": [ { "slug": "single-leg-bridge", "name": "Single-leg bridge" } ],
							                  "alternatives": [] },
							  "sources": [ { "slug": "glute-exercises", "title": "Glute exercises", "kind": "article" } ]
							}
							""");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownExercise() {
		given(this.exercises.find("splits")).willThrow(new NotFoundException("exercise", "splits"));
		assertThat(this.mvc.get().uri("/api/v1/exercises/splits")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:not-found", "title": "Not found", "status": 404,
					  "detail": "No exercise has the slug 'splits'.", "instance": "/api/v1/exercises/splits" }
					""");
	}

	@Test
	void shouldRefuseToCreateAnExercise() {
		assertThat(this.mvc.post().uri("/api/v1/exercises").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Allow", "GET,HEAD,OPTIONS")
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:method-not-allowed", "title": "Method not allowed", "status": 405 }
					""")
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("POST"));
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldRefuseToDeleteAnExercise() {
		assertThat(this.mvc.delete().uri("/api/v1/exercises/glute-bridge")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Allow", "GET,HEAD,OPTIONS")
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:method-not-allowed", "status": 405 }
					""")
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("DELETE"));
		then(this.exercises).shouldHaveNoInteractions();
	}

	@Test
	void shouldAnswerNotAcceptableToAClientThatOnlyAcceptsXml() {
		assertThat(this.mvc.get().uri("/api/v1/exercises").accept(MediaType.APPLICATION_XML))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:not-acceptable", "title": "Not acceptable", "status": 406 }
					""")
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("application/json"));
	}

	@Test
	void shouldAnswerAnUnexpectedErrorWithoutRevealingItsCause() {
		given(this.exercises.find("glute-bridge"))
			.willThrow(new IllegalStateException("Connection to db-internal:5432 refused"));
		MvcTestResult result = this.mvc.get().uri("/api/v1/exercises/glute-bridge").exchange();
		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:internal-error", "title": "Internal error", "status": 500,
					  "instance": "/api/v1/exercises/glute-bridge" }
					""")
			.doesNotHavePath("$.trace")
			.doesNotHavePath("$.exception");
		assertThat(result).bodyText()
			.doesNotContain("IllegalStateException")
			.doesNotContain("Exception")
			.doesNotContain("java.")
			.doesNotContain("app.limber")
			.doesNotContain("db-internal");
	}

	private void assertInvalidParameter(MvcTestResult result, String parameter) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.type", (type) -> assertThat(type).isEqualTo(INVALID_PARAMETER))
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo(400))
			.hasPathSatisfying("$.parameter", (named) -> assertThat(named).isEqualTo(parameter))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'" + parameter + "'"));
	}

	private ExerciseQuery searchedQuery() {
		ArgumentCaptor<ExerciseQuery> query = ArgumentCaptor.forClass(ExerciseQuery.class);
		then(this.exercises).should().search(query.capture());
		return query.getValue();
	}

	private static String[] times(int count, String value) {
		String[] values = new String[count];
		java.util.Arrays.fill(values, value);
		return values;
	}

	private static ExerciseDetail gluteBridge() {
		Source article = new Source("glute-exercises", SourceKind.ARTICLE, "Glute exercises", null, null, null, null);
		Exercise bridge = exercise("glute-bridge", "Glute bridge", List.of("bridge", "bridge pose"));
		bridge.target(
				new Muscle("gluteus-maximus", "Gluteus maximus", BodyRegion.GLUTES, "The largest glute.", List.of()),
				MuscleRole.PRIMARY);
		bridge.target(new Muscle("hamstrings", "Hamstrings", BodyRegion.THIGHS, "The back of the thigh.", List.of()),
				MuscleRole.SECONDARY);
		bridge.caution(List.of(new Caution("neutral-spine", "Keep a neutral spine", Severity.WARNING,
				"Do not arch the lower back.", false, List.of(article))));
		bridge.citedIn(List.of(article));
		bridge.prescribe(List.of(new Dosage(article, new Range(2, 3), new Range(10, 15), null, null, "daily")));
		bridge.vary(List.of(), List.of(exercise("single-leg-bridge", "Single-leg bridge", List.of())), List.of());
		Caution general = new Caution("stop-if-pain-worsens", "Stop if pain worsens", Severity.STOP,
				"Stop if an exercise causes sharp pain.", true, List.of(article));
		return ExerciseDetail.of(bridge, List.of(general));
	}

	private static Exercise exercise(String slug, String name, List<String> aliases) {
		return new Exercise(new Exercise.Description(slug, name, aliases, "Lift the hips.", "Wakes up the glutes.",
				Set.of(Goal.STRENGTHEN, Goal.STABILISE), Position.LYING_ON_BACK, true, Set.of(Equipment.NONE),
				Difficulty.BEGINNER, false,
				List.of("Lie on your back with knees bent.", "Squeeze the glutes and lift the hips.")));
	}

}
