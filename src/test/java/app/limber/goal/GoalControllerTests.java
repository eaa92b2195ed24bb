package app.limber.goal;

import java.util.List;

import app.limber.catalogue.Facet;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;
import app.limber.catalogue.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.exercise.ExercisePage;
import app.limber.exercise.ExerciseQuery;
import app.limber.exercise.ExerciseService;
import app.limber.web.Paged;
import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The goal endpoints: counts from the real seed catalogue (see
 * {@code catalogue/exercises.json}), and what a goal's exercises pass to the search.
 */
@WebMvcTest(GoalController.class)
class GoalControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ReadModel readModel;

	@MockitoBean
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
					  { "goal": "stretch", "name": "Stretch", "exerciseCount": 20 },
					  { "goal": "strengthen", "name": "Strengthen", "exerciseCount": 11 },
					  { "goal": "stabilise", "name": "Stabilise", "exerciseCount": 6 }
					] }
					""")
			.hasPathSatisfying("$.items[*].goal",
					(goals) -> assertThat(goals).asArray().containsExactly("stretch", "strengthen", "stabilise"))
			.hasPathSatisfying("$.items[*].exerciseCount",
					(counts) -> assertThat(counts).asArray().containsExactly(20, 11, 6))
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
		given(this.search.search(any(), any(), anyBoolean())).willReturn(new ExercisePage(List.of(),
				Paged.PageMetadata.of(1, 20, 0, (page) -> "/api/v1/exercises?page=" + page), null));
		assertThat(this.mvc.get()
			.uri("/api/v1/goals/strengthen/exercises?position=standing&page=1&q=hinge&sort=name,desc&facets=position"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "items": [], "page": { "number": 1, "size": 20 } }
					""");
		ExerciseQuery query = searchedQuery();
		assertThat(query.goal()).containsExactly(Goal.STRENGTHEN);
		assertThat(query.position()).containsExactly(Position.STANDING);
		assertThat(query.page()).isEqualTo(1);
		assertThat(query.q()).isEqualTo("hinge");
		assertThat(query.sort()).isEqualTo("name,desc");
		assertThat(query.facets()).containsExactly(Facet.POSITION);
	}

	@Test
	void shouldAcceptStabilizeInThePath() {
		given(this.search.search(any(), any(), anyBoolean())).willReturn(new ExercisePage(List.of(),
				Paged.PageMetadata.of(0, 20, 0, (page) -> "/api/v1/exercises?page=" + page), null));
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
		then(this.search).should().search(query.capture(), any(), anyBoolean());
		return query.getValue();
	}

}
