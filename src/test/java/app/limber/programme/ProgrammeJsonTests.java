package app.limber.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;

import app.limber.catalogue.SeedCatalogues;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.web.WrittenOnceJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme's sessions, each written once per answer and copied after
 * ({@code @WrittenOnce(Per.ANSWER)}), read exactly as Jackson writes the records.
 */
class ProgrammeJsonTests {

	private static final ReadModel readModel = SeedCatalogues.readModel();

	private static final ProgrammePlanner planner = new ProgrammePlanner(readModel.current(), 64);

	private static final JsonMapper json = JsonMapper.builder().addModule(new WrittenOnceJson(() -> readModel)).build();

	// Jackson's own writing of the records, nothing remembered.
	private static final JsonMapper plain = JsonMapper.builder().build();

	@ParameterizedTest(name = "{0} weeks")
	@ValueSource(ints = { 1, 4, 12 })
	void shouldWriteEachSessionAsJacksonWritesTheRecord(int weeks) {
		Programme programme = Programme.of(planner.plan(new ProgrammeQuery(LocalDate.of(2027, 3, 1), weeks, 10,
				EnumSet.allOf(DayOfWeek.class), ExerciseFilter.NONE, 3, 2, false)));
		assertThat(json.readTree(json.writeValueAsString(programme)))
			.isEqualTo(plain.readTree(plain.writeValueAsString(programme)));
		assertThat(json.writerWithDefaultPrettyPrinter().writeValueAsString(programme))
			.isEqualTo(json.writerWithDefaultPrettyPrinter().writeValueAsString(programme));
		assertThat(json.writerWithDefaultPrettyPrinter().writeValueAsString(programme))
			.isEqualTo(plain.writerWithDefaultPrettyPrinter().writeValueAsString(programme));
	}

}
