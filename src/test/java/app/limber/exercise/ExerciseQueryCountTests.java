package app.limber.exercise;

import java.util.List;
import java.util.function.Supplier;

import app.limber.catalogue.SeedCatalogue;
import app.limber.system.Paged;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building a response costs a fixed, small number of SQL statements, however many
 * exercises it holds: collections load in batches, never one query per exercise.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@SeedCatalogue
@Import(ExerciseService.class)
class ExerciseQueryCountTests {

	@Autowired
	private ExerciseService service;

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(this.statistics.isStatisticsEnabled()).isTrue();
	}

	@Test
	void shouldLoadAPageOfThirtyExercisesWithAsManyStatementsAsAPageOfFive() {
		Measured<Paged<ExerciseSummary>> thirty = measure(() -> this.service.search(page(0, 30)));
		Measured<Paged<ExerciseSummary>> five = measure(() -> this.service.search(page(0, 5)));
		assertThat(thirty.result().items()).hasSize(30);
		assertThat(five.result().items()).hasSize(5);
		assertThat(thirty.statements()).isEqualTo(five.statements());
	}

	@Test
	void shouldLoadAPageOfSummariesInAtMostSixStatements() {
		// The page, the count (skipped when the page alone tells the total), then one
		// batch each of goals, equipment, muscle targets and muscles.
		Measured<Paged<ExerciseSummary>> whole = measure(() -> this.service.search(page(0, 100)));
		Measured<Paged<ExerciseSummary>> five = measure(() -> this.service.search(page(0, 5)));
		assertThat(whole.result().items()).hasSize(30);
		assertThat(whole.result().items()).allSatisfy((item) -> assertThat(item.primaryMuscles()).isNotEmpty());
		assertThat(whole.statements()).isLessThanOrEqualTo(6);
		assertThat(five.statements()).isLessThanOrEqualTo(6);
	}

	@Test
	void shouldLoadAnExerciseInFullInAtMostFourteenStatements() {
		// The exercise and the general cautions, then one statement for each of its
		// eleven collections and one for the muscles it works.
		Measured<ExerciseDetail> bridge = measure(() -> this.service.find("glute-bridge"));
		assertThat(bridge.result().variations().harder()).extracting(ExerciseRef::slug)
			.containsExactlyInAnyOrder("banded-glute-bridge", "single-leg-glute-bridge");
		assertThat(bridge.result().sources()).hasSize(4);
		assertThat(bridge.statements()).isLessThanOrEqualTo(14);
	}

	private <T> Measured<T> measure(Supplier<T> call) {
		this.entityManager.clear();
		this.statistics.clear();
		T result = call.get();
		return new Measured<>(result, this.statistics.getPrepareStatementCount());
	}

	private static ExerciseQuery page(int page, int size) {
		return new ExerciseQuery(List.of(), List.of(), null, List.of(), List.of(), null, null, page, size, null);
	}

	private record Measured<T>(T result, long statements) {
	}

}
