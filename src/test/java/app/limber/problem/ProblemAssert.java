package app.limber.problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.AbstractAssert;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.ExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on a problem answer (RFC 9457) as a client reads it, whether the answer came
 * from MockMvc or over HTTP: one place that says what every problem holds.
 */
public final class ProblemAssert extends AbstractAssert<ProblemAssert, ProblemAssert.Answer> {

	private static final String TYPE_PREFIX = "urn:limber:problem:";

	private ProblemAssert(Answer answer) {
		super(answer, ProblemAssert.class);
	}

	public static ProblemAssert assertThatProblem(MvcTestResult result) {
		return new ProblemAssert(new Answer(result.getResponse().getStatus(), result.getResponse().getContentType(),
				new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)));
	}

	public static ProblemAssert assertThatProblem(ExchangeResult result) {
		return new ProblemAssert(
				new Answer(result.getStatus().value(), result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
						new String(result.getResponseBodyContent(), StandardCharsets.UTF_8)));
	}

	/**
	 * The answer is a problem of this status and type (the last part of its URN), with
	 * the status repeated in the body as RFC 9457 has it, and a detail for the client.
	 * @param status the HTTP status
	 * @param type the problem type, such as {@code invalid-parameter}
	 * @return this
	 */
	public ProblemAssert is(int status, String type) {
		isProblem(status);
		assertThat(this.<Object>field("type")).as("type").isEqualTo(TYPE_PREFIX + type);
		return this;
	}

	/**
	 * The answer is a problem of this status, of one of Limber's types.
	 * @param status the HTTP status
	 * @return this
	 */
	public ProblemAssert isProblem(int status) {
		isNotNull();
		assertThat(this.actual.status()).as("status of %s", this.actual.body()).isEqualTo(status);
		assertThat(this.actual.contentType()).as("Content-Type").startsWith("application/problem+json");
		assertThat(this.<String>field("type")).as("type").startsWith(TYPE_PREFIX);
		assertThat(this.<Object>field("status")).as("status in the body").isEqualTo(status);
		assertThat(this.<String>field("detail")).as("detail").isNotBlank();
		return this;
	}

	/**
	 * The answer is a 400 {@code invalid-parameter} problem naming the parameter, in its
	 * own field and in the detail.
	 * @param parameter the parameter at fault
	 * @return this
	 */
	public ProblemAssert isInvalidParameter(String parameter) {
		is(400, "invalid-parameter");
		assertThat(this.<Object>field("parameter")).as("parameter").isEqualTo(parameter);
		assertThat(this.<String>field("detail")).as("detail").contains(parameter);
		return this;
	}

	public ProblemAssert hasTitle(String title) {
		assertThat(this.<Object>field("title")).as("title").isEqualTo(title);
		return this;
	}

	public ProblemAssert hasDetail(String detail) {
		assertThat(this.<Object>field("detail")).as("detail").isEqualTo(detail);
		return this;
	}

	public ProblemAssert hasDetailContaining(String... parts) {
		assertThat(this.<String>field("detail")).as("detail").contains(parts);
		return this;
	}

	public ProblemAssert hasInstance(String instance) {
		assertThat(this.<Object>field("instance")).as("instance").isEqualTo(instance);
		return this;
	}

	/**
	 * The problem lists exactly these allowed values, in this order.
	 * @param values the values a client may send instead
	 * @return this
	 */
	public ProblemAssert allows(String... values) {
		assertThat(this.<List<String>>field("allowed")).as("allowed").containsExactly(values);
		return this;
	}

	private <T> T field(String name) {
		return JsonPath.read(this.actual.body(), "$." + name);
	}

	/**
	 * What the assertions read of an answer.
	 */
	record Answer(int status, String contentType, String body) {

	}

}
