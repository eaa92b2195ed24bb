package app.limber;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue is read from the database once, at start-up; after that every read
 * endpoint answers from the read model in memory, without a single SQL statement.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class ReadFromMemoryTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void startCountingStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(this.statistics.isStatisticsEnabled()).isTrue();
		this.statistics.clear();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/exercises", "/api/v1/exercises?size=100&sort=duration,desc",
			"/api/v1/exercises?goal=stretch&position=seated,standing&equipment=none&difficulty=beginner",
			"/api/v1/exercises?muscle=piriformis&region=glutes&facets=goal,position,equipment,difficulty,muscle,region",
			"/api/v1/exercises?q=glute%20bridge", "/api/v1/exercises/glute-bridge", "/api/v1/exercises/childs-pose",
			"/api/v1/muscles", "/api/v1/muscles?region=glutes", "/api/v1/muscles/gluteus-maximus", "/api/v1/cautions",
			"/api/v1/cautions?severity=stop", "/api/v1/cautions/neutral-spine-under-load",
			"/api/v1/cautions/stop-if-pain-worsens", "/api/v1/causes", "/api/v1/causes/prolonged-sitting",
			"/api/v1/sources", "/api/v1/goals", "/api/v1/goals/strengthen/exercises?size=100", "/api/v1/routines",
			"/api/v1/routines?minutes=30&seed=7", "/api/v1/routines?minutes=20&goal=stretch&avoid-floor=true",
			"/api/v1/suggestions?q=pir", "/api/v1/suggestions?q=bri&size=20" })
	void shouldAnswerEveryReadFromMemoryWithNoDatabaseRoundTrip(String request) {
		assertThat(this.mvc.get().uri(request)).hasStatusOk();
		assertThat(this.statistics.getPrepareStatementCount()).as("SQL statements prepared for %s", request).isZero();
		assertThat(this.statistics.getQueryExecutionCount()).as("queries run for %s", request).isZero();
		assertThat(this.statistics.getEntityLoadCount()).as("entities loaded for %s", request).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/exercises/splits", "/api/v1/muscles/biceps", "/api/v1/cautions/be-careful",
			"/api/v1/causes/shin-splints", "/api/v1/exercises?muscle=biceps", "/api/v1/routines?muscle=biceps" })
	void shouldRefuseAnUnknownSlugFromMemoryWithNoDatabaseRoundTrip(String request) {
		assertThat(this.mvc.get().uri(request)).hasStatus4xxClientError();
		assertThat(this.statistics.getPrepareStatementCount()).as("SQL statements prepared for %s", request).isZero();
	}

	@Test
	void shouldCountAStatementThatDoesReachTheDatabase() {
		// The counter the other tests rely on does see a database round trip.
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			Long exercises = entityManager.createQuery("select count(e) from Exercise e", Long.class).getSingleResult();
			assertThat(exercises).isEqualTo(30);
		}
		finally {
			entityManager.close();
		}
		assertThat(this.statistics.getPrepareStatementCount()).isEqualTo(1);
		assertThat(this.statistics.getQueryExecutionCount()).isEqualTo(1);
	}

}
