package app.limber.exercise;

import java.util.List;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.web.WrittenOnceJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exercise answers written from memory ({@link app.limber.web.WrittenOnce}) read exactly
 * as Jackson writes them, every time.
 */
class WrittenOnceJsonTests {

	private final ReadModel readModel = SeedCatalogues.readModel();

	private final Catalogue catalogue = this.readModel.current();

	private final WrittenOnceJson writtenOnce = new WrittenOnceJson(() -> this.readModel);

	private final JsonMapper remembering = JsonMapper.builder().addModule(this.writtenOnce).build();

	private final JsonMapper plain = JsonMapper.builder().build();

	@Test
	void shouldWriteSummariesAndFullExercisesAsJacksonDoesTheFirstTimeAndLater() {
		List<ExerciseSummary> summaries = this.catalogue.exercises().stream().map(ExerciseSummary::of).toList();
		List<ExerciseDetail> details = new ExerciseService(this.readModel).all(this.catalogue);
		for (int time = 1; time <= 2; time++) {
			assertThat(this.remembering.writeValueAsString(summaries)).as("summaries, time %d", time)
				.isEqualTo(this.plain.writeValueAsString(summaries));
			assertThat(this.remembering.writeValueAsString(details)).as("full exercises, time %d", time)
				.isEqualTo(this.plain.writeValueAsString(details));
		}
	}

	@Test
	void shouldRememberEachDistinctValueOnceForTheCatalogue() {
		List<ExerciseSummary> summaries = this.catalogue.exercises().stream().map(ExerciseSummary::of).toList();
		this.remembering.writeValueAsString(summaries);
		int remembered = this.writtenOnce.remembered();
		assertThat(remembered).isEqualTo(summaries.size());
		// Equal values made afresh share what was written.
		this.remembering.writeValueAsString(this.catalogue.exercises().stream().map(ExerciseSummary::of).toList());
		assertThat(this.writtenOnce.remembered()).isEqualTo(remembered);
	}

	@Test
	void shouldWriteInPlaceWhenIndenting() {
		List<ExerciseSummary> summaries = this.catalogue.exercises().stream().map(ExerciseSummary::of).toList();
		this.remembering.writeValueAsString(summaries);
		assertThat(this.remembering.writerWithDefaultPrettyPrinter().writeValueAsString(summaries))
			.isEqualTo(this.plain.writerWithDefaultPrettyPrinter().writeValueAsString(summaries));
	}

}
