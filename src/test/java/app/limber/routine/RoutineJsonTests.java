package app.limber.routine;

import java.util.List;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.web.WrittenOnceJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A routine's cautions and dosages, written from memory
 * ({@link app.limber.web.WrittenOnce}), read exactly as Jackson writes them.
 */
class RoutineJsonTests {

	private static final ReadModel readModel = SeedCatalogues.readModel();

	private static final RoutinePlanner planner = new RoutinePlanner(readModel.current());

	private static final JsonMapper remembering = JsonMapper.builder()
		.addModule(new WrittenOnceJson(() -> readModel))
		.build();

	private static final JsonMapper plain = JsonMapper.builder().build();

	@ParameterizedTest(name = "{0} minutes")
	@ValueSource(ints = { 1, 5, 12, 30, 60, 90 })
	void shouldWriteARoutineAsJacksonDoes(int minutes) {
		for (List<Goal> goals : List.of(List.<Goal>of(), List.of(Goal.STRENGTHEN), List.of(Goal.STRETCH))) {
			Routine routine = planner
				.plan(new RoutineQuery(minutes, ExerciseFilter.NONE.with(Filter.GOAL, goals.toArray(Goal[]::new)), 3));
			assertThat(remembering.writeValueAsString(routine)).isEqualTo(plain.writeValueAsString(routine));
			assertThat(remembering.writeValueAsString(routine)).isEqualTo(plain.writeValueAsString(routine));
		}
	}

}
