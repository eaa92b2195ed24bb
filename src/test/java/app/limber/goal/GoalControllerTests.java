package app.limber.goal;

import app.limber.catalogue.model.ExerciseOrder;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.exercise.ExerciseQuery;
import app.limber.exercise.ExerciseService;
import app.limber.web.ControllerSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The goal endpoints: counts from the real seed catalogue (see
 * {@code catalogue/exercises.json}), and what a goal's exercises pass to the search.
 */
@ControllerSliceTest
class GoalControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReadModel readModel;

	@Autowired
	private ExerciseService search;

	@BeforeEach
	void serveTheSeedCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.seed());
	}

	@Test
	void shouldListTheThreeGoalsInOrderWithTheirExerciseCounts() {
		assertThat(this.mvc.get().uri("/api/v1/goals")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "items": [
					  { "goal": "stretch", "name": "Stretch", "exerciseCount": 21 },
					  { "goal": "strengthen", "name": "Strengthen", "exerciseCount": 11 },
					  { "goal": "stabilise", "name": "Stabilise", "exerciseCount": 6 }
					] }
					""")
			.hasPathSatisfying("$.items[*].goal",
					(goals) -> assertThat(goals).asArray().containsExactly("stretch", "strengthen", "stabilise"))
			.hasPathSatisfying("$.items[*].exerciseCount",
					(counts) -> assertThat(counts).asArray().containsExactly(21, 11, 6))
			.hasPathSatisfying("$.items[*].description",
					(descriptions) -> assertThat(descriptions).asArray()
						.hasSize(3)
						.allSatisfy((description) -> assertThat(description).asString().isNotBlank()));
	}

	@Test
	void shouldListAGoalThatNoExerciseServesWithACountOfZero() {
		// The minimal catalogue has one stretch and one strengthening exercise.
		given(this.readModel.current()).willReturn(SeedCatalogues.of("classpath:catalogues/minimal/"));
		assertThat(this.mvc.get().uri("/api/v1/goals")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].goal",
					(goals) -> assertThat(goals).asArray().containsExactly("stretch", "strengthen", "stabilise"))
			.hasPathSatisfying("$.items[*].exerciseCount",
					(counts) -> assertThat(counts).asArray().containsExactly(1, 1, 0));
	}

	@Test
	void shouldSearchTheGoalInThePathWithTheOtherFilters() {
		assertThat(this.mvc.get()
			.uri("/api/v1/goals/strengthen/exercises?position=standing&page=1&q=hinge&sort=name,desc&facets=position"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "items": [], "page": { "number": 1, "size": 20 } }
					""");
		ExerciseQuery query = searchedQuery();
		assertThat(query.filter().values(Filter.GOAL)).containsExactly("strengthen");
		assertThat(query.filter().values(Filter.POSITION)).containsExactly("standing");
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.filter().query()).isEqualTo("hinge");
		assertThat(query.order()).isEqualTo(new ExerciseOrder(ExerciseOrder.By.NAME, false));
		assertThat(query.facets()).containsExactly(Filter.POSITION);
	}

	@Test
	void shouldAcceptStabilizeInThePath() {
		assertThat(this.mvc.get().uri("/api/v1/goals/Stabilize/exercises")).hasStatusOk();
		assertThat(searchedQuery().filter().values(Filter.GOAL)).containsExactly("stabilise");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownGoalInThePath() {
		assertThatProblem(this.mvc.get().uri("/api/v1/goals/relax/exercises").exchange()).is(404, "not-found")
			.hasTitle("Not found")
			.hasInstance("/api/v1/goals/relax/exercises")
			.allows("stretch", "strengthen", "stabilise")
			.hasDetailContaining("'relax'");
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectAGoalQueryParameterOnAGoalsExercises() {
		assertThatProblem(this.mvc.get().uri("/api/v1/goals/stretch/exercises?goal=strengthen").exchange())
			.isInvalidParameter("goal");
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void shouldRejectAnInvalidFilterOnAGoalsExercises() {
		assertThatProblem(this.mvc.get().uri("/api/v1/goals/stretch/exercises?size=0").exchange())
			.isInvalidParameter("size");
		then(this.search).shouldHaveNoInteractions();
	}

	@Test
	void shouldRefuseToChangeTheGoals() {
		MvcTestResult result = this.mvc.put().uri("/api/v1/goals").exchange();
		assertThatProblem(result).is(405, "method-not-allowed");
		assertThat(result).hasHeader("Allow", "GET,HEAD,OPTIONS");
	}

	private ExerciseQuery searchedQuery() {
		ArgumentCaptor<ExerciseQuery> query = ArgumentCaptor.forClass(ExerciseQuery.class);
		then(this.search).should().search(query.capture(), any(), anyBoolean());
		return query.getValue();
	}

}
