package app.limber;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine builder over real HTTP, for the sessions the product is for; every answer
 * is checked against the served OpenAPI document.
 */
@LimberServerTest
class RoutineEndToEndTests {

	@Autowired
	private RestTestClient http;

	@Test
	void shouldBuildADeskRoutineSeatedOrStandingWithoutEquipment() {
		Answer reply = get("/api/v1/routines?minutes=10&position=seated,standing&equipment=none");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<Integer>json("$.totalSeconds")).as("fills 90-100% of the ten minutes").isBetween(540, 600);
		assertAddsUp(reply);
		assertThat(reply.<List<String>>json("$.steps[*].position")).isNotEmpty()
			.allMatch((position) -> position.equals("seated") || position.equals("standing"));
		for (String slug : Set.copyOf(reply.<List<String>>json("$.steps[*].slug"))) {
			assertThat(get("/api/v1/exercises/" + slug).<List<String>>json("$.equipment")).containsExactly("none");
		}
		assertThat(reply.<List<String>>json("$.steps[?(@.round == 1)].slug")).hasSizeBetween(4, 6)
			.doesNotHaveDuplicates();
		// The catalogue has no seated or standing bodyweight strength exercise: the
		// routine says so, and which filter to relax for more.
		assertThat(reply.<List<String>>json("$.notes")).anyMatch((note) -> note.contains("strengthen"))
			.anyMatch((note) -> note.startsWith("Relaxing '"));
	}

	@Test
	void shouldBuildAFloorOnlyStretchRoutine() {
		Answer reply = get(
				"/api/v1/routines?minutes=15&goal=stretch&position=lying-on-back,lying-on-front,lying-on-side");
		assertThat(reply.<List<String>>json("$.goals")).containsExactly("stretch");
		assertThat(reply.<List<String>>json("$.steps[*].position"))
			.allMatch((position) -> position.startsWith("lying-on-"));
		assertThat(reply.<Integer>json("$.totalSeconds")).isBetween(810, 900);
		assertAddsUp(reply);
		List<String> firstRound = reply.json("$.steps[?(@.round == 1)].slug");
		assertThat(firstRound).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(10);
		assertThat(reply.<List<String>>json("$.steps[*].prescription.basis"))
			.allMatch((basis) -> basis.equals("article") || basis.equals("default"));
		// A stretch done on each side shows both sides to the timer.
		assertThat(reply.<List<String>>json("$.steps[?(@.prescription.sides == 2)].timeline[*].side")).contains("left",
				"right");
		if (firstRound.contains("piriformis-stretch")) {
			assertThat(reply.<List<String>>json("$.steps[?(@.slug == 'piriformis-stretch')].prescription.note"))
				.allMatch("Hold 30 s, each side."::equals);
		}
	}

	@Test
	void shouldBuildAStrengthRoutineWithABand() {
		Answer reply = get("/api/v1/routines?minutes=5&goal=strengthen&equipment=resistance-band");
		assertThat(reply.<Integer>json("$.totalSeconds")).isBetween(270, 300);
		assertAddsUp(reply);
		assertThat(Set.copyOf(reply.<List<String>>json("$.steps[*].slug")))
			.containsExactlyInAnyOrder("banded-hip-hinge", "banded-glute-bridge");
		assertThat(reply.<Integer>json("$.rounds")).isGreaterThan(1);
		// Both are raised within article 002's ranges (10-12 hinges, 10-15 bridges) and
		// said to be.
		assertThat(reply.<List<Integer>>json("$.steps[?(@.slug == 'banded-hip-hinge')].prescription.reps"))
			.allMatch((reps) -> reps >= 10 && reps <= 12);
		assertThat(reply.<List<Integer>>json("$.steps[?(@.slug == 'banded-glute-bridge')].prescription.reps"))
			.allMatch((reps) -> reps >= 10 && reps <= 15);
		assertThat(reply.<List<String>>json("$.steps[*].prescription.basis")).containsOnly("article");
		assertThat(reply.<List<String>>json("$.steps[*].prescription.source"))
			.containsOnly("relieve-lower-back-and-glute-pain-with-exercises");
		assertThat(reply.<List<String>>json("$.steps[?(@.round == 2)].timeline[0].kind")).containsExactly("rest",
				"transition");
		assertThat(reply.<String>json("$.frequency[0].frequency")).isEqualTo("2–3 times a week");
		assertThat(reply.<List<String>>json("$.cautions[*].slug")).contains("neutral-spine-under-load",
				"stop-if-pain-worsens");
		List<String> severities = reply.json("$.cautions[?(@.general == true)].severity");
		assertThat(severities).startsWith("stop", "stop", "stop");
	}

	// What a timer needs: each step's intervals add up to the step, the steps to the
	// routine, and only the first step starts without a transition or a rest.
	private static void assertAddsUp(Answer reply) {
		List<Integer> seconds = reply.json("$.steps[*].seconds");
		assertThat(seconds.stream().mapToInt(Integer::intValue).sum()).isEqualTo(reply.<Integer>json("$.totalSeconds"));
		for (int i = 0; i < seconds.size(); i++) {
			List<Integer> intervals = reply.json("$.steps[" + i + "].timeline[*].seconds");
			assertThat(intervals.stream().mapToInt(Integer::intValue).sum()).isEqualTo(seconds.get(i));
			assertThat(reply.<String>json("$.steps[" + i + "].timeline[0].kind"))
				.isEqualTo((i == 0) ? "work" : (reply.<Integer>json("$.steps[" + i + "].round") > reply
					.<Integer>json("$.steps[" + (i - 1) + "].round")) ? "rest" : "transition");
		}
	}

	@Test
	void shouldDefaultToTenMinutesOfAllThreeGoals() {
		Answer reply = get("/api/v1/routines");
		assertThat(reply.<Integer>json("$.minutes")).isEqualTo(10);
		assertThat(reply.<List<String>>json("$.goals")).containsExactly("stretch", "strengthen", "stabilise");
		assertThat(reply.<Integer>json("$.totalSeconds")).isBetween(540, 600);
		assertThat(reply.<List<String>>json("$.notes")).isEmpty();
		assertThat(get("/api/v1/routines").body()).isEqualTo(reply.body());
	}

	@Test
	void shouldExplainAnEmptyRoutine() {
		Answer noMatch = get("/api/v1/routines?goal=stretch&equipment=weights");
		assertThat(noMatch.status()).isEqualTo(200);
		assertThat(noMatch.<List<Object>>json("$.steps")).isEmpty();
		assertThat(noMatch.<String>json("$.explanation")).contains("equipment");
		Answer noTime = get("/api/v1/routines?minutes=1&goal=stabilise&position=all-fours");
		assertThat(noTime.<List<Object>>json("$.steps")).isEmpty();
		assertThat(noTime.<String>json("$.explanation")).contains("Bird-dog").contains("allow at least 3 minutes");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			minutes=0                             | minutes
			minutes=91                            | minutes
			minutes=ten                           | minutes
			goal=relax                            | goal
			avoid-position=upside-down            | avoid-position
			position=kneeling&avoid-position=kneeling | avoid-position
			muscle=biceps                         | muscle
			seed=-1                               | seed
			avoid-floor=maybe                     | avoid-floor
			""")
	void shouldRejectAnImpossibleRoutineWithAProblem(String query, String parameter) {
		assertThatProblem(get("/api/v1/routines?" + query).result()).isInvalidParameter(parameter);
	}

	@Test
	void shouldKeepEveryoneOffTheFloorWhoAsks() {
		Answer reply = get("/api/v1/routines?minutes=30&avoid-floor=true");
		for (String slug : reply.<List<String>>json("$.steps[*].slug")) {
			assertThat(get("/api/v1/exercises/" + slug).<Boolean>json("$.onFloor")).isFalse();
		}
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
