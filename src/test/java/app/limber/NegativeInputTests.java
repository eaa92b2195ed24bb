package app.limber;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every parameter and every path slug a corpus of hostile values. Each answer must
 * be a correct 200 or a 4xx problem, never a server error, a stack trace or an echo of
 * script.
 */
@LimberServerTest
class NegativeInputTests {

	private static final List<String> CORPUS = List.of("", " ", "a".repeat(101), "x".repeat(5000),
			"𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓ é ß 中文 😀", "\u0000", "\u0007\u001b[31m", "\n", "\r\nX-Injected: 1", "\t", "' OR '1'='1",
			"1; DROP TABLE exercise; --", "\") OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}", "#{7*7}",
			"%", "_", "%%", "\\", "-1", "-2147483649", "2147483648", "99999999999999999999999", "1e3", "0x10", "NaN",
			"1.5", "+1", "../../etc/passwd", "/", "a/b", "%2F", "%00", ",", ",,,", "stretch,", ",stretch", "STRETCH",
			"null", "undefined", "[]", "{}", "true");

	private static final List<String> PARAMETERS = List.of("goal", "muscle", "region", "position", "equipment",
			"difficulty", "q", "page", "size", "sort");

	@Autowired
	private RestTestClient http;

	static Stream<Arguments> parameterValues() {
		List<Arguments> cases = new ArrayList<>();
		for (String parameter : PARAMETERS) {
			for (String value : CORPUS) {
				cases.add(Arguments.of("/api/v1/exercises?" + parameter + "=" + encode(value)));
			}
		}
		for (String value : CORPUS) {
			cases.add(Arguments.of("/api/v1/goals/stretch/exercises?q=" + encode(value)));
			cases.add(Arguments.of("/api/v1/muscles?region=" + encode(value)));
			cases.add(Arguments.of("/api/v1/cautions?severity=" + encode(value)));
		}
		return cases.stream();
	}

	static Stream<Arguments> pathValues() {
		List<Arguments> cases = new ArrayList<>();
		for (String value : CORPUS) {
			String segment = encode(value).replace("+", "%20");
			for (String template : List.of("/api/v1/exercises/%s", "/api/v1/muscles/%s", "/api/v1/cautions/%s",
					"/api/v1/goals/%s/exercises")) {
				cases.add(Arguments.of(template.formatted(segment)));
			}
		}
		cases.add(Arguments.of("/api/v1/exercises/glute-bridge%2F..%2F..%2Fsecret"));
		cases.add(Arguments.of("/api/v1/exercises/%2E%2E"));
		cases.add(Arguments.of("/api/v1/exercises/glute-bridge;jsessionid=1"));
		cases.add(Arguments.of("/api/v1/exercises/..;/..;/actuator/env"));
		return cases.stream();
	}

	static Stream<Arguments> repeatedParameters() {
		return PARAMETERS.stream()
			.map((parameter) -> Arguments.of("/api/v1/exercises?"
					+ String.join("&", Collections.nCopies(25, parameter + "=" + (parameter.equals("page") ? "1"
							: parameter.equals("size") ? "5" : parameter.equals("goal") ? "stretch" : "x")))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "parameterValues", "pathValues", "repeatedParameters" })
	void shouldAnswerHostileInputWithA200OrAProblem(String request) {
		Answer reply = Answer
			.of(this.http.get().uri(URI.create(request)).header("Accept", "application/json").exchange());
		assertThat(reply.status()).as(request).isIn(200, 400, 404);
		if (reply.status() != 200) {
			assertThatProblem(reply.result()).as(request).isProblem(reply.status());
		}
		assertThat(reply.body()).as(request)
			.doesNotContain("<script>", "Exception", "at app.", "at org.", "SQL", "select ", "springframework");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
