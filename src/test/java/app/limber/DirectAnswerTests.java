package app.limber;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The busiest endpoints answer their plain questions before Spring MVC's dispatch
 * ({@code web.DirectAnswerFilter}), and those answers are exactly Spring MVC's: the same
 * status, headers and bytes, for many random questions of the kinds clients ask. Spring
 * MVC is made to answer the same question by an {@code Accept} with a parameter, which
 * the direct path leaves to it. Everything that is not plain (unusual forms of a value,
 * invalid values, CORS, other methods) is still answered by Spring MVC.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectAnswerTests {

	private static final String SPRING_MVC_ANSWERS = "application/json;q=0.9";

	private static final List<String> WORDS = List.of("piriformis", "bridge", "glute", "hip", "stretch", "knee",
			"chest", "cat", "cow", "bird", "dog", "plank", "pigeon", "child", "hamstrings", "flexor", "clam", "band",
			"sciatica", "sitting", "figure 4", "lower back", "cat-cow", "core", "");

	private static final List<String> GOALS = List.of("stretch", "strengthen", "stabilise", "stabilize", "Stretch");

	private static final List<String> POSITIONS = List.of("standing", "seated", "kneeling", "lying-on-back",
			"lying-on-front", "all-fours", "lying-on-side");

	private static final List<String> EQUIPMENT = List.of("none", "resistance-band", "foam-roller", "mat", "wall",
			"chair", "dumbbell");

	private static final List<String> DIFFICULTIES = List.of("beginner", "intermediate", "advanced");

	private static final List<String> REGIONS = List.of("glutes", "lower-back", "hips", "legs", "core");

	private static final List<String> MUSCLES = List.of("gluteus-maximus", "piriformis", "hamstrings", "erector-spinae",
			"hip-flexors", "abdominals");

	private static final List<String> FACETS = List.of("goal", "position", "equipment", "difficulty", "muscle",
			"region");

	private static final List<String> SORTS = List.of("name", "name,desc", "duration", "duration,asc",
			"difficulty,desc", "relevance", "popularity");

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@MethodSource("exerciseQuestions")
	void shouldAnswerPlainExerciseQuestionsDirectlyExactlyAsSpringMvcDoes(String request) {
		assertSameAnswer(request);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routineQuestions")
	void shouldAnswerPlainRoutineQuestionsDirectlyExactlyAsSpringMvcDoes(String request) {
		assertSameAnswer(request);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/exercises?q=%zz", "/api/v1/exercises?q=%E9t%E9", "/api/v1/exercises?q=%",
			"/api/v1/routines?goal=%ZZ" })
	void shouldAnswerMalformedQueriesExactlyAsSpringMvcDoes(String request) {
		assertSameAnswer(request);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/exercises?size=0x10", "/api/v1/exercises?size=", "/api/v1/exercises?size=+5",
			"/api/v1/exercises?page=1&page=2", "/api/v1/exercises?goal=stretch&goal=strengthen,stabilise",
			"/api/v1/exercises?goal=stretch,", "/api/v1/exercises?goal=stretch&goal=%20seated",
			"/api/v1/exercises?!size=7", "/api/v1/exercises?_goal=stretch", "/api/v1/exercises?goal[0]=stretch",
			"/api/v1/exercises?size=0", "/api/v1/exercises?size=101", "/api/v1/exercises?goal=sideways",
			"/api/v1/exercises?muscle=biceps", "/api/v1/exercises?sort=popularity", "/api/v1/exercises/",
			"/api/v1/routines?avoid-floor=yes", "/api/v1/routines?minutes=91", "/api/v1/routines?seed=-1",
			"/api/v1/routines?position=standing&avoid-position=standing", "/api/v1/routines?muscle=biceps",
			"/api/v1/exercises?q=bridge&utm_source=newsletter", "/api/v1/routines?minutes=10&level=easy" })
	void shouldLeaveEveryQuestionThatIsNotPlainToSpringMvc(String request) {
		MvcTestResult answer = this.mvc.get().uri(request).exchange();
		assertThat(answer.getMvcResult().getHandler()).as("the handler Spring MVC chose").isNotNull();
		assertThat(answer.getResponse().getStatus()).isIn(200, 400, 404);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			text/html            | 406
			application/xml      | 406
			not a media type     | 406
			application/json;q=0 | 200
			""")
	void shouldLeaveAnyOtherAcceptToSpringMvc(String accept, int status) {
		MvcTestResult answer = this.mvc.get()
			.uri("/api/v1/exercises?q=bridge")
			.header(HttpHeaders.ACCEPT, accept)
			.exchange();
		// Spring MVC refuses a type it cannot give before choosing a handler.
		assertThat(answer).hasStatus(status);
		if (status == 200) {
			assertThat(answer.getMvcResult().getHandler()).isNotNull();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "*/*", "application/json", "application/*", "application/json, text/plain, */*",
			"text/html, application/xhtml+xml, */*" })
	void shouldAnswerDirectlyWhateverAcceptTakesJson(String accept) {
		MvcTestResult answer = this.mvc.get()
			.uri("/api/v1/exercises?q=clam")
			.header(HttpHeaders.ACCEPT, accept)
			.exchange();
		assertThat(answer.getMvcResult().getHandler()).isNull();
		assertThat(answer).hasStatusOk().hasContentType("application/json");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/exercises?q=bridge", "/api/v1/routines?minutes=5" })
	void shouldLeaveCrossOriginRequestsAndHeadToSpringMvc(String request) {
		MvcTestResult crossOrigin = this.mvc.get()
			.uri(request)
			.header(HttpHeaders.ORIGIN, "https://app.example")
			.exchange();
		assertThat(crossOrigin.getMvcResult().getHandler()).isNotNull();
		assertThat(crossOrigin).hasStatusOk().headers().containsHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		MvcTestResult head = this.mvc.head().uri(request).exchange();
		assertThat(head.getMvcResult().getHandler()).isNotNull();
		assertThat(head).hasStatusOk();
	}

	private void assertSameAnswer(String request) {
		MvcTestResult direct = this.mvc.get().uri(request).exchange();
		MvcTestResult springMvc = this.mvc.get().uri(request).header(HttpHeaders.ACCEPT, SPRING_MVC_ANSWERS).exchange();
		assertThat(springMvc.getMvcResult().getHandler()).as("the handler Spring MVC chose").isNotNull();
		if (springMvc.getResponse().getStatus() == 200) {
			assertThat(direct.getMvcResult().getHandler()).as("the handler of a direct answer").isNull();
		}
		assertThat(direct.getResponse().getStatus()).isEqualTo(springMvc.getResponse().getStatus());
		for (String name : springMvc.getResponse().getHeaderNames()) {
			assertThat(direct.getResponse().getHeaders(name)).as(name)
				.isEqualTo(springMvc.getResponse().getHeaders(name));
		}
		assertThat(direct.getResponse().getHeaderNames())
			.containsExactlyInAnyOrderElementsOf(springMvc.getResponse().getHeaderNames());
		assertThat(direct.getResponse().getContentAsByteArray())
			.isEqualTo(springMvc.getResponse().getContentAsByteArray());
	}

	static Stream<String> exerciseQuestions() {
		Random random = new Random(12);
		return distinct(300, () -> {
			List<String> parameters = new ArrayList<>();
			if (random.nextInt(2) == 0) {
				String word = pick(random, WORDS);
				String typed = word.substring(0, Math.min(word.length(), 2 + random.nextInt(word.length() + 1)));
				parameters.add("q=" + typed.replace(" ", "%20"));
			}
			filters(random, parameters);
			list(random, parameters, "region", REGIONS);
			list(random, parameters, "facets", FACETS);
			if (random.nextInt(2) == 0) {
				parameters.add("size=" + (1 + random.nextInt(100)));
			}
			if (random.nextInt(3) == 0) {
				parameters.add("page=" + random.nextInt(4));
			}
			if (random.nextInt(2) == 0) {
				parameters.add("sort=" + pick(random, SORTS));
			}
			return "/api/v1/exercises?" + String.join("&", parameters);
		});
	}

	static Stream<String> routineQuestions() {
		Random random = new Random(13);
		return distinct(150, () -> {
			List<String> parameters = new ArrayList<>();
			parameters.add("minutes=" + (1 + random.nextInt(90)));
			filters(random, parameters);
			list(random, parameters, "avoid-position", POSITIONS);
			if (random.nextInt(3) == 0) {
				parameters.add("avoid-floor=" + random.nextBoolean());
			}
			if (random.nextInt(2) == 0) {
				parameters.add("seed=" + random.nextInt(1000));
			}
			return "/api/v1/routines?" + String.join("&", parameters);
		});
	}

	// The filters both endpoints take.
	private static void filters(Random random, List<String> parameters) {
		list(random, parameters, "goal", GOALS);
		list(random, parameters, "position", POSITIONS);
		list(random, parameters, "equipment", EQUIPMENT);
		list(random, parameters, "difficulty", DIFFICULTIES);
		list(random, parameters, "muscle", MUSCLES);
	}

	// Sometimes a filter: one value, several comma-separated (with spaces or not), or the
	// parameter repeated.
	private static void list(Random random, List<String> parameters, String name, List<String> values) {
		if (random.nextInt(3) != 0) {
			return;
		}
		int count = 1 + random.nextInt(3);
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			chosen.add(pick(random, values));
		}
		switch (random.nextInt(3)) {
			case 0 -> parameters.add(name + "=" + String.join(",", chosen));
			case 1 -> parameters.add(name + "=" + String.join(",%20", chosen));
			default -> chosen.forEach((value) -> parameters.add(name + "=" + value));
		}
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	// A question asked twice would be answered from the response cache the second time.
	private static Stream<String> distinct(int count, Supplier<String> question) {
		Set<String> questions = new LinkedHashSet<>();
		while (questions.size() < count) {
			questions.add(question.get());
		}
		return questions.stream();
	}

}
