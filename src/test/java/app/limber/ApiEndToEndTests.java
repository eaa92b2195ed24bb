package app.limber;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * The read API over real HTTP on the real catalogue, every response checked against the
 * served OpenAPI document.
 */
@LimberServerTest
class ApiEndToEndTests {

	@Autowired
	private RestTestClient http;

	@Test
	void shouldListTheFirstPageOfTheWholeCatalogueByName() {
		Answer reply = get("/api/v1/exercises");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("application/json");
		assertThat(reply.slugs()).hasSize(20).startsWith("banded-glute-bridge", "banded-hip-hinge", "bird-dog");
		assertThat(reply.<Integer>json("$.page.number")).isZero();
		assertThat(reply.<Integer>json("$.page.size")).isEqualTo(20);
		assertThat(reply.<Integer>json("$.page.totalItems")).isEqualTo(30);
		assertThat(reply.<Integer>json("$.page.totalPages")).isEqualTo(2);
		List<String> names = reply.json("$.items[*].name");
		assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void shouldGiveEachSummaryItsListFieldsWithoutNullLists() {
		Answer reply = get("/api/v1/exercises?q=glute bridge&size=1".replace(" ", "%20"));
		assertThat(reply.<String>json("$.items[0].slug")).isEqualTo("glute-bridge");
		assertThat(reply.<List<String>>json("$.items[0].goals")).containsExactly("stretch", "strengthen", "stabilise");
		assertThat(reply.<String>json("$.items[0].position")).isEqualTo("lying-on-back");
		assertThat(reply.<List<String>>json("$.items[0].equipment")).containsExactly("none");
		assertThat(reply.<String>json("$.items[0].difficulty")).isEqualTo("beginner");
		assertThat(reply.<List<String>>json("$.items[0].primaryMuscles[*].slug")).containsExactly("gluteus-maximus");
		assertThat(reply.<Integer>json("$.items[0].estimatedDurationSeconds")).isEqualTo(60);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
							goal=stabilise                          | banded-hip-hinge,bird-dog,glute-bridge,plank,standing-hip-extension,supine-twist
							goal=STABILIZE                          | banded-hip-hinge,bird-dog,glute-bridge,plank,standing-hip-extension,supine-twist
							goal=stabilise&position=standing        | banded-hip-hinge,standing-hip-extension
							goal=strengthen&equipment=none          | bird-dog,clamshell,cobra-pose,glute-bridge,pelvic-tilt,plank,single-leg-glute-bridge
							muscle=piriformis                       | piriformis-stretch
							region=lower-legs                       | downward-facing-dog
							position=kneeling&position=all-fours    | bird-dog,cat-cow,childs-pose,downward-facing-dog,hip-flexor-stretch,pigeon-pose
							position=kneeling,all-fours             | bird-dog,cat-cow,childs-pose,downward-facing-dog,hip-flexor-stretch,pigeon-pose
							equipment=resistance-band               | banded-glute-bridge,banded-hip-hinge
							equipment=resistance-band&equipment=weights | banded-glute-bridge,banded-hip-hinge,romanian-deadlift
							difficulty=intermediate                 | banded-glute-bridge,banded-hip-hinge,romanian-deadlift,single-leg-glute-bridge
					difficulty=intermediate&difficulty=advanced | banded-glute-bridge,banded-hip-hinge,romanian-deadlift,single-leg-glute-bridge
					region=lower-legs,hips&goal=strengthen  | none
							q=twist                                 | seated-spinal-twist,supine-twist
							q=SUPINE%20HIP                          | piriformis-stretch
							goal=stretch&position=seated,lying-on-front&equipment=none | butterfly-stretch,cobra-pose,seated-forward-bend,seated-glute-stretch,seated-hamstring-stretch,seated-spinal-twist,sphinx-pose
							""")
	void shouldFilterTheCatalogue(String query, String expected) {
		List<String> slugs = "none".equals(expected) ? List.of() : List.of(expected.split(","));
		Answer reply = get("/api/v1/exercises?size=100&" + query);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.slugs()).containsExactlyInAnyOrderElementsOf(slugs);
		assertThat(reply.<Integer>json("$.page.totalItems")).isEqualTo(slugs.size());
	}

	@Test
	void shouldOnlyReturnBodyweightExercisesForEquipmentNone() {
		Answer reply = get("/api/v1/exercises?equipment=none&size=100");
		assertThat(reply.<Integer>json("$.page.totalItems")).isEqualTo(24);
		assertThat(reply.<List<List<String>>>json("$.items[*].equipment"))
			.allSatisfy((equipment) -> assertThat(equipment).containsExactly("none"));
	}

	@Test
	void shouldAnswerAnEmptyResultWithNoItems() {
		Answer reply = get("/api/v1/exercises?difficulty=advanced");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.slugs()).isEmpty();
		assertThat(reply.<Integer>json("$.page.totalItems")).isZero();
		assertThat(reply.<Integer>json("$.page.totalPages")).isZero();
	}

	@Test
	void shouldRankTheBestMatchesFirstWhenSearching() {
		// "Bridge" is an alias of the glute bridge; the four bridges come before any
		// exercise that merely mentions a similar word.
		List<String> bridges = get("/api/v1/exercises?q=bridge").slugs();
		assertThat(bridges).first().isEqualTo("glute-bridge");
		assertThat(bridges.subList(0, 4)).containsExactlyInAnyOrder("glute-bridge", "banded-glute-bridge",
				"single-leg-glute-bridge", "wall-bridge");
		assertThat(get("/api/v1/exercises?q=plank").slugs()).first().isEqualTo("plank");
		assertThat(get("/api/v1/exercises?q=hip").slugs()).first().isEqualTo("hip-flexor-stretch");
		assertThat(get("/api/v1/exercises?q=bridge&sort=name").<List<String>>json("$.items[*].name"))
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void shouldCountTheValuesOfTheFacetsAskedFor() {
		Answer reply = get("/api/v1/exercises?goal=strengthen&facets=goal,equipment,region&size=1");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<Integer>json("$.page.totalItems")).isEqualTo(11);
		assertThat(reply.<List<String>>json("$.facets.goal[*].value")).containsExactly("stretch", "strengthen",
				"stabilise");
		assertThat(reply.<List<Integer>>json("$.facets.goal[*].count")).containsExactly(21, 11, 6);
		assertThat(reply.<List<Integer>>json("$.facets.equipment[?(@.value == 'none')].count")).containsExactly(7);
		assertThat(reply.<List<String>>json("$.facets.region[*].value")).containsExactly("glutes", "hips", "lower-back",
				"core", "thighs", "lower-legs");
		assertThat(reply.<Object>json("$.facets")).asInstanceOf(MAP).containsOnlyKeys("goal", "equipment", "region");
		assertThat(get("/api/v1/exercises?goal=strengthen").body()).doesNotContain("facets");
	}

	@Test
	void shouldSuggestExercisesAndMusclesThatCompleteWhatWasTyped() {
		Answer reply = get("/api/v1/suggestions?q=pir");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<List<String>>json("$.items[*].kind")).containsExactly("exercise", "muscle");
		assertThat(reply.slugs()).containsExactly("piriformis-stretch", "piriformis");
		assertThat(reply.<List<String>>json("$.items[*].name")).containsExactly("Piriformis stretch", "Piriformis");
		assertThat(get("/api/v1/suggestions?q=hip&size=2").slugs()).hasSize(2);
		assertThat(get("/api/v1/suggestions").slugs()).isEmpty();
		assertThat(get("/api/v1/suggestions?q=handstand").slugs()).isEmpty();
	}

	@Test
	void shouldTreatSearchWildcardsAsPlainText() {
		assertThat(get("/api/v1/exercises?q=%25").slugs()).isEmpty();
		assertThat(get("/api/v1/exercises?q=_").slugs()).isEmpty();
		assertThat(get("/api/v1/exercises?q=%7C").slugs()).isEmpty();
		assertThat(get("/api/v1/exercises?q=glute%0Abridge").slugs()).contains("glute-bridge");
	}

	@Test
	void shouldWalkEveryPageWithoutGapsOrRepeats() {
		List<String> all = IntStream.range(0, 8)
			.mapToObj((page) -> get("/api/v1/exercises?size=4&page=" + page).slugs())
			.flatMap(List::stream)
			.toList();
		assertThat(all).hasSize(30).doesNotHaveDuplicates();
		Answer last = get("/api/v1/exercises?size=4&page=7");
		assertThat(last.slugs()).hasSize(2);
		Answer past = get("/api/v1/exercises?size=4&page=8");
		assertThat(past.slugs()).isEmpty();
		assertThat(past.<Integer>json("$.page.totalItems")).isEqualTo(30);
		assertThat(past.<Integer>json("$.page.totalPages")).isEqualTo(8);
		assertThat(get("/api/v1/exercises?size=100").slugs()).hasSize(30);
	}

	@Test
	void shouldSortByNameDifficultyAndDuration() {
		List<String> descending = get("/api/v1/exercises?sort=name,desc&size=100").json("$.items[*].name");
		assertThat(descending).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
		List<String> difficulties = get("/api/v1/exercises?sort=difficulty,desc&size=100")
			.json("$.items[*].difficulty");
		assertThat(difficulties.subList(0, 4)).containsOnly("intermediate");
		assertThat(difficulties.subList(4, 30)).containsOnly("beginner");
		List<Integer> durations = get("/api/v1/exercises?sort=duration&size=100")
			.json("$.items[*].estimatedDurationSeconds");
		List<Integer> known = durations.stream().takeWhile((duration) -> duration != null).toList();
		assertThat(known).isNotEmpty().isSorted();
		assertThat(durations.subList(known.size(), durations.size())).containsOnlyNulls();
	}

	@Test
	void shouldShowOneExerciseInFull() {
		Answer reply = get("/api/v1/exercises/glute-bridge");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<List<String>>json("$.aliases")).contains("Bridge", "Bridge pose");
		assertThat(reply.<List<String>>json("$.steps")).isNotEmpty();
		assertThat(reply.<Integer>json("$.dosage.reps.min")).isEqualTo(10);
		assertThat(reply.<Integer>json("$.dosage.reps.max")).isEqualTo(15);
		assertThat(reply.<Integer>json("$.dosage.holdSeconds.max")).isEqualTo(2);
		assertThat(reply.<String>json("$.dosage.source")).isEqualTo("relieve-lower-back-and-glute-pain-with-exercises");
		assertThat(reply.<Integer>json("$.otherDosages[0].sets.max")).isEqualTo(3);
		assertThat(reply.<Integer>json("$.otherDosages[0].restSeconds")).isEqualTo(60);
		assertThat(reply.<List<String>>json("$.muscles.primary[*].slug")).containsExactly("gluteus-maximus");
		assertThat(reply.<List<String>>json("$.variations.harder[*].slug"))
			.containsExactlyInAnyOrder("banded-glute-bridge", "single-leg-glute-bridge");
		assertThat(reply.<List<String>>json("$.variations.alternatives[*].slug")).containsExactly("wall-bridge");
		assertThat(reply.<List<String>>json("$.sources[*].slug")).hasSize(4);
		List<Boolean> general = reply.json("$.cautions[*].general");
		assertThat(general).startsWith(false).contains(true);
		assertThat(reply.<List<String>>json("$.cautions[?(@.general == true)].slug")).contains("stop-if-pain-worsens",
				"persistent-neurological-symptoms");
		assertThat(reply.<List<String>>json("$.cautions[?(@.general == true)].severity")).first().isEqualTo("stop");
	}

	@Test
	void shouldShowAnExerciseWithoutDosageWithEmptyValuesNotInventedOnes() {
		Answer reply = get("/api/v1/exercises/childs-pose");
		assertThat(reply.<Object>json("$.dosage")).isNull();
		assertThat(reply.<List<Object>>json("$.otherDosages")).isEmpty();
		assertThat(reply.<Object>json("$.estimatedDurationSeconds")).isNull();
		assertThat(reply.<List<Object>>json("$.variations.easier")).isEmpty();
	}

	@Test
	void shouldCountTheExercisesOfEachGoalAsTheGoalFilterDoes() {
		Answer goals = get("/api/v1/goals");
		assertThat(goals.<List<String>>json("$.items[*].goal")).containsExactly("stretch", "strengthen", "stabilise");
		for (String goal : List.of("stretch", "strengthen", "stabilise")) {
			int count = goals.<List<Integer>>json("$.items[?(@.goal == '" + goal + "')].exerciseCount").get(0);
			Answer filtered = get("/api/v1/exercises?size=100&goal=" + goal);
			assertThat(filtered.<Integer>json("$.page.totalItems")).isEqualTo(count);
			assertThat(get("/api/v1/goals/" + goal + "/exercises?size=100").slugs()).isEqualTo(filtered.slugs());
		}
	}

	@Test
	void shouldListMusclesAndTheExercisesThatWorkOne() {
		Answer muscles = get("/api/v1/muscles");
		assertThat(muscles.slugs()).hasSize(13).contains("gluteus-maximus", "piriformis", "quadratus-lumborum");
		assertThat(get("/api/v1/muscles?region=glutes").slugs()).containsExactly("gluteus-maximus", "gluteus-medius",
				"gluteus-minimus", "piriformis");
		Answer piriformis = get("/api/v1/muscles/piriformis");
		assertThat(piriformis.<List<String>>json("$.exercises.primary[*].slug")).containsExactly("piriformis-stretch");
		assertThat(piriformis.<List<String>>json("$.exercises.secondary[*].slug")).isEmpty();
	}

	@Test
	void shouldListCautionsMostSeriousFirstWithTheExercisesEachAppliesTo() {
		List<String> severities = get("/api/v1/cautions").json("$.items[*].severity");
		assertThat(severities).hasSize(21).startsWith("stop", "stop", "stop", "stop").endsWith("info");
		assertThat(get("/api/v1/cautions?severity=stop").slugs()).containsExactlyInAnyOrder(
				"persistent-neurological-symptoms", "persistent-pain-see-physiotherapist", "severe-pain-see-doctor",
				"stop-if-pain-worsens");
		assertThat(get("/api/v1/cautions/neutral-spine-under-load").<List<String>>json("$.exercises[*].slug"))
			.containsExactly("banded-hip-hinge", "romanian-deadlift");
		assertThat(get("/api/v1/cautions/stop-if-pain-worsens").<List<String>>json("$.exercises")).hasSize(30);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/exercises?goal=relax             | goal
			/api/v1/exercises?goal=stretch,relax     | goal
			/api/v1/exercises?position=upside-down   | position
			/api/v1/exercises?equipment=kettlebell   | equipment
			/api/v1/exercises?difficulty=expert      | difficulty
			/api/v1/exercises?region=neck            | region
			/api/v1/exercises?muscle=biceps          | muscle
			/api/v1/exercises?page=abc               | page
			/api/v1/exercises?page=-1                | page
			/api/v1/exercises?page=10001             | page
			/api/v1/exercises?size=0                 | size
			/api/v1/exercises?size=101               | size
			/api/v1/exercises?size=1e3               | size
			/api/v1/exercises?sort=weight            | sort
			/api/v1/exercises?sort=name,sideways     | sort
			/api/v1/muscles?region=neck              | region
			/api/v1/cautions?severity=fatal          | severity
			/api/v1/goals/stretch/exercises?goal=strengthen | goal
			/api/v1/exercises?facets=colour          | facets
			/api/v1/suggestions?size=21              | size
			/api/v1/suggestions?size=0               | size
			""")
	void shouldRejectAnInvalidParameterWithAProblemNamingIt(String request, String parameter) {
		assertThatProblem(get(request).result()).isInvalidParameter(parameter);
	}

	@Test
	void shouldListTheAllowedValuesOfAnEnumParameter() {
		assertThatProblem(get("/api/v1/exercises?position=upside-down").result()).isInvalidParameter("position")
			.allows("lying-on-back", "lying-on-front", "lying-on-side", "seated", "kneeling", "all-fours", "standing")
			.hasDetailContaining("'upside-down'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/exercises/splits", "/api/v1/muscles/biceps", "/api/v1/cautions/none",
			"/api/v1/goals/relax/exercises", "/api/v1/goals/%20/exercises", "/api/v1/exercises/a%2Fb",
			"/api/v1/nothing", "/nothing/at/all" })
	void shouldAnswerNotFoundWithAProblem(String path) {
		assertThatProblem(get(path).result()).isProblem(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void shouldRefuseWritesWithMethodNotAllowed(String method) {
		Answer reply = Answer.of(this.http.method(HttpMethod.valueOf(method))
			.uri(URI.create("/api/v1/exercises"))
			.header("Accept", "application/json")
			.exchange());
		assertThatProblem(reply.result()).is(405, "method-not-allowed");
		assertThat(reply.header("Allow")).contains("GET");
	}

	@Test
	void shouldNameTheRequestedPathWhenNothingIsThere() {
		assertThatProblem(get("/api/v1/exercises/").result()).isProblem(404)
			.hasDetailContaining("There is nothing at /api/v1/exercises/.");
	}

	@Test
	void shouldAnswerAnUnacceptableMediaTypeWithNotAcceptable() {
		Answer reply = Answer
			.of(this.http.get().uri(URI.create("/api/v1/goals")).header("Accept", "application/xml").exchange());
		assertThatProblem(reply.result()).is(406, "not-acceptable");
	}

	@Test
	void shouldAnswerAnAcceptThatIsNoMediaTypeWithAProblemNamingIt() {
		Answer reply = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/exercises?q=bridge"))
			.header("Accept", "not a media type")
			.exchange());
		assertThatProblem(reply.result()).is(406, "not-acceptable")
			.hasDetailContaining("'not a media type' is not a list of media types");
	}

	@Test
	void shouldAnswerHeadAndOptions() {
		Answer head = Answer.of(this.http.head().uri(URI.create("/api/v1/exercises")).exchange());
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		Answer options = Answer.of(this.http.options().uri(URI.create("/api/v1/exercises")).exchange());
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.header("Allow")).contains("GET").contains("HEAD").doesNotContain("POST");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/exercises?goal=relax", "/api/v1/exercises/splits", "/nothing",
			"/api/v1/exercises?page=99999999999" })
	void shouldNeverLeakStackTracesOrClassNames(String request) {
		Answer reply = get(request);
		assertThat(reply.status()).isBetween(400, 499);
		assertThat(reply.body()).doesNotContain("Exception", "at app.", "at org.", "java.", "springframework");
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
