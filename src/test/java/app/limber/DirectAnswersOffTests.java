package app.limber;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code limber.http.direct-answers=false}, an operator ruling direct answers out
 * gets every question answered by Spring MVC.
 */
@SpringBootTest(properties = "limber.http.direct-answers=false")
@AutoConfigureMockMvc
class DirectAnswersOffTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/exercises?q=clam", "/api/v1/routines?minutes=5" })
	void shouldAnswerEveryQuestionThroughSpringMvc(String request) {
		MvcTestResult answer = this.mvc.get().uri(request).exchange();
		assertThat(answer).hasStatusOk();
		assertThat(answer.getMvcResult().getHandler()).as("the handler Spring MVC chose").isNotNull();
	}

}
