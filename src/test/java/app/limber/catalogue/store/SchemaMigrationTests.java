package app.limber.catalogue.store;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that holds a catalogue in the first schema keeps it through the later
 * migrations, on both databases Limber runs on: a replica upgraded on a shared PostgreSQL
 * must find the live version's rows as they were, not empty tables under a version that
 * says they are there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaMigrationTests {

	private EmbeddedPostgres postgres;

	@BeforeAll
	void startPostgres() throws IOException {
		this.postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	void stopPostgres() throws IOException {
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldMoveListsIntoTheirRowsKeepingTheirOrder(String database) throws SQLException {
		try (Connection connection = newDatabase(database)) {
			migrate(connection, "1");
			execute(connection,
					"""
							insert into muscle (slug, name, region, description)
							    values ('piriformis', 'Piriformis', 'GLUTES', 'A deep hip rotator.');
							insert into muscle_alias (muscle, ordinal, alias) values ('piriformis', 1, 'piriformis muscle');
							insert into muscle_alias (muscle, ordinal, alias) values ('piriformis', 0, 'deep rotator');
							insert into muscle (slug, name, region, description)
							    values ('erector-spinae', 'Erector spinae', 'LOWER_BACK', 'Muscles along the spine.');
							insert into exercise (slug, name, summary, why_it_helps, position, on_floor, difficulty, per_side,
							    technique) values ('figure-four', 'Figure four stretch', 'A seated glute stretch.',
							    'Eases the piriformis.', 'SEATED', false, 0, true, 'MOVEMENT');
							insert into exercise_step (exercise, ordinal, step) values ('figure-four', 2, 'Lean forward.');
							insert into exercise_step (exercise, ordinal, step) values ('figure-four', 0, 'Sit tall.');
							insert into exercise_step (exercise, ordinal, step) values ('figure-four', 1, 'Cross one ankle.');
							insert into exercise_alias (exercise, ordinal, alias) values ('figure-four', 1, 'figure 4 stretch');
							insert into exercise_alias (exercise, ordinal, alias) values ('figure-four', 0, 'seated glute stretch');
							insert into exercise_goal (exercise, goal) values ('figure-four', 'STABILISE');
							insert into exercise_goal (exercise, goal) values ('figure-four', 'STRETCH');
							insert into exercise_equipment (exercise, equipment) values ('figure-four', 'STABLE_SURFACE');
							insert into exercise_equipment (exercise, equipment) values ('figure-four', 'NONE');
							insert into exercise (slug, name, summary, why_it_helps, position, on_floor, difficulty, per_side,
							    technique) values ('foam-roll', 'Foam roll', 'Roll the glutes.', 'Releases tension.',
							    'SEATED', true, 0, true, 'SELF_MASSAGE');
							insert into exercise_step (exercise, ordinal, step) values ('foam-roll', 0, 'Sit on the roller.');
							insert into exercise_equipment (exercise, equipment) values ('foam-roll', 'FOAM_ROLLER');
							""");

			migrate(connection, "latest");

			assertThat(lists(connection,
					"select aliases, steps, goals, equipment from exercise where slug = 'figure-four'"))
				.containsExactly(List.of("seated glute stretch", "figure 4 stretch"),
						List.of("Sit tall.", "Cross one ankle.", "Lean forward."), List.of("STRETCH", "STABILISE"),
						List.of("NONE", "STABLE_SURFACE"));
			assertThat(
					lists(connection, "select aliases, steps, goals, equipment from exercise where slug = 'foam-roll'"))
				.containsExactly(List.of(), List.of("Sit on the roller."), List.of(), List.of("FOAM_ROLLER"));
			assertThat(lists(connection, "select aliases from muscle where slug = 'piriformis'"))
				.containsExactly(List.of("deep rotator", "piriformis muscle"));
			assertThat(lists(connection, "select aliases from muscle where slug = 'erector-spinae'"))
				.containsExactly(List.of());
			for (String table : List.of("exercise_alias", "exercise_step", "exercise_goal", "exercise_equipment",
					"muscle_alias")) {
				assertThat(tableExists(connection, table)).as(table).isFalse();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldRefuseAnExerciseWithoutStepsOrEquipment(String database) throws SQLException {
		try (Connection connection = newDatabase(database)) {
			migrate(connection, "latest");
			String insert = """
					insert into exercise (slug, name, summary, why_it_helps, position, on_floor, difficulty, per_side,
					    technique, aliases, steps, goals, equipment) values ('bare', 'Bare', 'S.', 'W.', 'SEATED', false,
					    0, false, 'MOVEMENT', cast(array[] as varchar(255) array), %s, cast(array['STRETCH'] as
					    varchar(20) array), %s)""";
			String empty = "cast(array[] as varchar(20) array)";
			String one = "cast(array['NONE'] as varchar(20) array)";
			// H2 names constraints in upper case, PostgreSQL as written.
			assertThatThrownBy(() -> execute(connection, insert.formatted(empty, one))).isInstanceOf(SQLException.class)
				.message()
				.containsIgnoringCase("exercise_steps_check");
			assertThatThrownBy(() -> execute(connection, insert.formatted(one, empty))).isInstanceOf(SQLException.class)
				.message()
				.containsIgnoringCase("exercise_equipment_check");
			execute(connection, insert.formatted(one, one));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldAddCausesKeepingTheLiveVersionAsItWas(String database) throws SQLException {
		try (Connection connection = newDatabase(database)) {
			migrate(connection, "2");
			execute(connection, """
					insert into source (slug, kind, title, title_is_descriptive)
					    values ('article-one', 'ARTICLE', 'Article one', false);
					insert into exercise (slug, name, summary, why_it_helps, position, on_floor, difficulty, per_side,
					    technique, aliases, steps, goals, equipment) values ('bridge', 'Bridge', 'Lift the hips.',
					    'Strengthens the glutes.', 'LYING_ON_BACK', true, 0, false, 'MOVEMENT',
					    cast(array[] as varchar(255) array), cast(array['Lift the hips.'] as varchar(2000) array),
					    cast(array['STRENGTHEN'] as varchar(20) array), cast(array['NONE'] as varchar(20) array));
					insert into catalogue_version (hash, location, imported_at, exercises, muscles, cautions, sources,
					    live) values ('live', 'classpath:catalogue/', current_timestamp, 1, 0, 0, 1, true);
					""");

			migrate(connection, "latest");

			// The version stored before holds no causes, and says so.
			assertThat(row(connection, "select causes, live from catalogue_version where hash = 'live'"))
				.containsExactly(0, true);
			execute(connection, """
					insert into cause (slug, name, summary, terms) values ('weak-glutes', 'Weak glutes',
					    'Weak glutes strain the back.', cast(array['weak glutes', 'weakness'] as varchar(255) array));
					insert into cause_source (cause, ordinal, source) values ('weak-glutes', 0, 'article-one');
					insert into cause_exercise (cause, ordinal, exercise, source, reason, implied)
					    values ('weak-glutes', 0, 'bridge', 'article-one', 'Strengthens the glutes.', false);
					""");
			assertThat(lists(connection, "select terms from cause where slug = 'weak-glutes'"))
				.containsExactly(List.of("weak glutes", "weakness"));
			// H2 names constraints in upper case, PostgreSQL as written.
			assertThatThrownBy(() -> execute(connection, """
					insert into cause_exercise (cause, ordinal, exercise, source, reason, implied)
					    values ('weak-glutes', 1, 'plank', 'article-one', 'Works the core.', true)"""))
				.isInstanceOf(SQLException.class)
				.message()
				.containsIgnoringCase("cause_exercise_exercise_fk");
		}
	}

	// One connection for each test, Flyway's included: H2 (2.4.240) evaluates a check
	// constraint's IN list with the session that created it, and fails once that
	// session's connection is closed.
	private Connection newDatabase(String database) throws SQLException {
		String name = "limber_" + UUID.randomUUID().toString().replace("-", "");
		if (database.equals("h2")) {
			return DriverManager.getConnection("jdbc:h2:mem:" + name, "sa", "");
		}
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return DriverManager.getConnection(this.postgres.getJdbcUrl("postgres", name), "postgres", "");
	}

	private static void migrate(Connection connection, String target) {
		Flyway.configure()
			.dataSource(new SingleConnectionDataSource(connection, true))
			.locations("classpath:db/migration")
			.target(target)
			.load()
			.migrate();
	}

	private static void execute(Connection connection, String statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements.split(";\n")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
		}
	}

	private static List<Object> row(Connection connection, String query) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query);
				ResultSet row = statement.executeQuery()) {
			assertThat(row.next()).as(query).isTrue();
			List<Object> values = new ArrayList<>();
			for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
				values.add(row.getObject(column));
			}
			return values;
		}
	}

	private static List<List<Object>> lists(Connection connection, String query) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query);
				ResultSet row = statement.executeQuery()) {
			assertThat(row.next()).as(query).isTrue();
			List<List<Object>> lists = new ArrayList<>();
			for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
				Array array = row.getArray(column);
				lists.add(Arrays.asList((Object[]) array.getArray()));
			}
			return lists;
		}
	}

	private static boolean tableExists(Connection connection, String table) throws SQLException {
		String name = connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
		try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
			return tables.next();
		}
	}

}
