package app.limber.exercise;

import java.util.List;

import app.limber.web.Paged;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(ExerciseController.class)
class ExerciseHeaderBindingTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ExerciseService exercises;

	@Test
	void shouldIgnoreRequestHeadersNamedLikeQueryParameters() {
		given(this.exercises.search(any(), any(), anyBoolean())).willReturn(new ExercisePage(List.of(),
				Paged.PageMetadata.of(0, 20, 0, (page) -> "/api/v1/exercises?page=" + page), null));
		assertThat(this.mvc.get()
			.uri("/api/v1/exercises")
			.header("Size", "0")
			.header("Page", "3")
			.header("Q", "bridge")
			.header("Facets", "goal")).hasStatusOk();
		ArgumentCaptor<ExerciseQuery> query = ArgumentCaptor.forClass(ExerciseQuery.class);
		then(this.exercises).should().search(query.capture(), any(), anyBoolean());
		assertThat(query.getValue().page()).isZero();
		assertThat(query.getValue().size()).isEqualTo(20);
		assertThat(query.getValue().q()).isNull();
		assertThat(query.getValue().facets()).isEmpty();
	}

}
