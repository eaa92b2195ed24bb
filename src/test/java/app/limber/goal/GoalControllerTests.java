package app.limber.goal;

import java.util.List;

import app.limber.exercise.ExerciseQuery;
import app.limber.exercise.ExerciseRepository;
import app.limber.exercise.ExerciseRepository.GoalCount;
import app.limber.exercise.ExerciseService;
import app.limber.catalogue.Position;
import app.limber.system.Paged;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(GoalController.class)
class GoalControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ExerciseRepository exercises;

	@MockitoBean
	private ExerciseService search;

	@Test
	void shouldListTheThreeGoalsInOrderWithTheirExerciseCounts() {
		given(this.exercises.countByGoal())
			.willReturn(List.of(new GoalCount(Goal.STABILISE, 7), new GoalCount(Goal.STRETCH, 12)));
		assertThat(this.mvc.get().uri("/api/v1/goals")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "items": [
					  { "goal": "stretch", "name": "Stretch", "exerciseCount": 12 },
					  { "goal": "strengthen", "name": "Strengthen", "exerciseCount": 0 },
					  { "goal": "stabilise", "name": "Stabilise", "exerciseCount": 7 }
					] }
					""")
			.hasPathSatisfying("$.items[*].goal",
					(goals) -> assertThat(goals).asArray().containsExactly("stretch", "strengthen", "stabilise"))
			.hasPathSatisfying("$.items[*].exerciseCount",
					(counts) -> assertThat(counts).asArray().containsExactly(12, 0, 7))
			.hasPathSatisfying("$.items[*].description",
					(descriptions) -> assertThat(descriptions).asArray()
						.hasSize(3)
						.allSatisfy((description) -> assertThat(description).asString().isNotBlank()));
	}

	@Test
	void shouldCountNoExercisesForEveryGoalOfAnEmptyCatalogue() {
		given(this.exercises.countByGoal()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/api/v1/goals")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].exerciseCount",
					(counts) -> assertThat(counts).asArray().containsExactly(0, 0, 0));
	}

	@Test
	void shouldSearchTheGoalInThePathWithTheOtherFilters() {
		given(this.search.search(any())).willReturn(new Paged<>(List.of(), new Paged.PageMetadata(1, 20, 0, 0)));
		assertThat(this.mvc.get().uri("/api/v1/goals/strengthen/exercises?position=standing&page=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "items": [], "page": { "number": 1, "size": 20 } }
					""");
		ExerciseQuery query = searchedQuery();
		assertThat(query.goal()).containsExactly(Goal.STRENGTHEN);
		assertThat(query.position()).containsExactly(Position.STANDING);
		assertThat(query.page()).isEqualTo(1);
	}

	@Test
	void shouldAcceptStabilizeInThePath() {
		given(this.search.search(any())).willReturn(new Paged<>(List.of(), new Paged.PageMetadata(0, 20, 0, 0)));
		assertThat(this.mvc.get().uri("/api/v1/goals/Stabilize/exercises")).hasStatusOk();
		assertThat(searchedQuery().goal()).containsExactly(Goal.STABILISE);
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownGoalInThePath() {
		assertThat(this.mvc.get().uri("/api/v1/goals/relax/exercises")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:not-found", "title": "Not found", "status": 404,
					  "instance": "/api/v1/goals/relax/exercises" }
					""")
			.hasPathSatisfying("$.allowed",
					(allowed) -> assertThat(allowed).asArray().containsExactly("stretch", "strengthen", "stabilise"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'relax'"));
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectAGoalQueryParameterOnAGoalsExercises() {
		assertThat(this.mvc.get().uri("/api/v1/goals/stretch/exercises?goal=strengthen"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "status": 400, "parameter": "goal" }
					""");
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectAnInvalidFilterOnAGoalsExercises() {
		assertThat(this.mvc.get().uri("/api/v1/goals/stretch/exercises?size=0")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "status": 400, "parameter": "size" }
					""");
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void shouldRefuseToChangeTheGoals() {
		assertThat(this.mvc.put().uri("/api/v1/goals")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Allow", "GET,HEAD,OPTIONS")
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:method-not-allowed", "status": 405 }
					""");
	}

	private ExerciseQuery searchedQuery() {
		ArgumentCaptor<ExerciseQuery> query = ArgumentCaptor.forClass(ExerciseQuery.class);
		then(this.search).should().search(query.capture());
		return query.getValue();
	}

}
