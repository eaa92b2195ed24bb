package app.limber.exercise;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.web.WrittenOnce;
import app.limber.web.WrittenOnceJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers written from memory ({@link WrittenOnce}) read exactly as Jackson writes them,
 * every time, and each value is remembered for as long as it is marked to be.
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

	@Test
	void shouldWriteAValueMarkedPerAnswerOnceInEachAnswerAndForgetItAfter() {
		Repeated session = new Repeated("morning");
		List<Repeated> days = List.of(session, session, session);
		String expected = this.plain.writeValueAsString(days);
		Repeated.reads.set(0);
		assertThat(this.remembering.writeValueAsString(days)).isEqualTo(expected);
		assertThat(Repeated.reads).as("read once in the first answer").hasValue(1);
		assertThat(this.remembering.writeValueAsString(days)).isEqualTo(expected);
		assertThat(Repeated.reads).as("read again in the next answer").hasValue(2);
		// Matched by identity: an equal value made afresh is written again.
		this.remembering.writeValueAsString(List.of(session, new Repeated("morning")));
		assertThat(Repeated.reads).hasValue(4);
		assertThat(this.writtenOnce.remembered()).as("nothing kept for the catalogue").isZero();
	}

	@WrittenOnce(WrittenOnce.Per.ANSWER)
	record Repeated(String time) {

		static final AtomicInteger reads = new AtomicInteger();

		@Override
		public String time() {
			reads.incrementAndGet();
			return this.time;
		}

	}

}
