package app.limber;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine builder over real HTTP, for the sessions the product is for; every answer
 * is checked against the served OpenAPI document.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RoutineEndToEndTests {

	@LocalServerPort
	private int port;

	private LiveApi api;

	@BeforeEach
	void connect() {
		this.api = new LiveApi(this.port);
	}

	@Test
	void shouldBuildADeskRoutineSeatedOrStandingWithoutEquipment() {
		LiveApi.Reply reply = this.api.get("/api/v1/routines?minutes=10&position=seated,standing&equipment=none");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<Integer>json("$.totalSeconds")).isPositive().isLessThanOrEqualTo(600);
		assertThat(reply.<List<String>>json("$.steps[*].position")).isNotEmpty()
			.allMatch((position) -> position.equals("seated") || position.equals("standing"));
		List<String> positions = reply.json("$.steps[*].position");
		assertThat(positions.indexOf("seated")).isGreaterThan(positions.lastIndexOf("standing"));
		for (String slug : reply.<List<String>>json("$.steps[*].slug")) {
			assertThat(this.api.get("/api/v1/exercises/" + slug).<List<String>>json("$.equipment"))
				.containsExactly("none");
		}
		// The catalogue has no seated or standing bodyweight strength exercise: the
		// routine says so rather than leaving the goal out silently.
		assertThat(reply.<List<String>>json("$.notes")).anyMatch((note) -> note.contains("strengthen"));
	}

	@Test
	void shouldBuildAFloorOnlyStretchRoutine() {
		LiveApi.Reply reply = this.api
			.get("/api/v1/routines?minutes=15&goal=stretch&position=lying-on-back,lying-on-front,lying-on-side");
		assertThat(reply.<List<String>>json("$.goals")).containsExactly("stretch");
		assertThat(reply.<List<String>>json("$.steps[*].position"))
			.allMatch((position) -> position.startsWith("lying-on-"));
		assertThat(reply.<List<String>>json("$.steps[*].slug")).contains("piriformis-stretch", "knee-to-chest-stretch");
		assertThat(reply.<Integer>json("$.totalSeconds")).isLessThanOrEqualTo(900);
		assertThat(reply.<List<String>>json("$.steps[?(@.slug == 'piriformis-stretch')].prescription.note"))
			.containsExactly("Hold 30 s, each side.");
	}

	@Test
	void shouldBuildAStrengthRoutineWithABand() {
		LiveApi.Reply reply = this.api.get("/api/v1/routines?minutes=5&goal=strengthen&equipment=resistance-band");
		assertThat(reply.<List<String>>json("$.steps[*].slug")).containsExactly("banded-hip-hinge",
				"banded-glute-bridge");
		assertThat(reply.<Integer>json("$.steps[0].prescription.reps")).isEqualTo(10);
		assertThat(reply.<String>json("$.steps[0].prescription.basis")).isEqualTo("article");
		assertThat(reply.<String>json("$.frequency[0].frequency")).isEqualTo("2–3 times a week");
		assertThat(reply.<List<String>>json("$.cautions[*].slug")).contains("neutral-spine-under-load",
				"stop-if-pain-worsens");
		List<String> severities = reply.json("$.cautions[?(@.general == true)].severity");
		assertThat(severities).startsWith("stop", "stop", "stop");
	}

	@Test
	void shouldDefaultToTenMinutesOfAllThreeGoals() {
		LiveApi.Reply reply = this.api.get("/api/v1/routines");
		assertThat(reply.<Integer>json("$.minutes")).isEqualTo(10);
		assertThat(reply.<List<String>>json("$.goals")).containsExactly("stretch", "strengthen", "stabilise");
		assertThat(reply.<Integer>json("$.totalSeconds")).isBetween(1, 600);
		assertThat(this.api.get("/api/v1/routines").body()).isEqualTo(reply.body());
	}

	@Test
	void shouldExplainAnEmptyRoutine() {
		LiveApi.Reply noMatch = this.api.get("/api/v1/routines?goal=stretch&equipment=weights");
		assertThat(noMatch.status()).isEqualTo(200);
		assertThat(noMatch.<List<Object>>json("$.steps")).isEmpty();
		assertThat(noMatch.<String>json("$.explanation")).contains("equipment");
		LiveApi.Reply noTime = this.api.get("/api/v1/routines?minutes=1&goal=stabilise&position=all-fours");
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
		LiveApi.Reply reply = this.api.get("/api/v1/routines?" + query);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.<String>json("$.type")).isEqualTo("urn:limber:problem:invalid-parameter");
		assertThat(reply.<String>json("$.parameter")).isEqualTo(parameter);
	}

	@Test
	void shouldKeepEveryoneOffTheFloorWhoAsks() {
		LiveApi.Reply reply = this.api.get("/api/v1/routines?minutes=30&avoid-floor=true");
		for (String slug : reply.<List<String>>json("$.steps[*].slug")) {
			assertThat(this.api.get("/api/v1/exercises/" + slug).<Boolean>json("$.onFloor")).isFalse();
		}
	}

}
