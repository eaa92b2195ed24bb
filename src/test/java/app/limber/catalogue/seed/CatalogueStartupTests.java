package app.limber.catalogue.seed;

import app.limber.catalogue.SeedCatalogues;
import app.limber.catalogue.TestCatalogues;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.MuscleEntry;
import app.limber.catalogue.model.ReadModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.limber.LimberApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application starts on an operator's catalogue folder, and refuses to start on an
 * invalid one with a report that names what to fix.
 */
class CatalogueStartupTests {

	@TempDir
	Path folder;

	@Test
	void shouldStartOnACatalogueFromAFilesystemFolder() {
		TestCatalogues.minimal(this.folder);
		try (ConfigurableApplicationContext context = start(this.folder)) {
			Catalogue catalogue = context.getBean(ReadModel.class).current();
			assertThat(catalogue.exercises().size()).isEqualTo(2);
			assertThat(catalogue.exercise("forward-fold"))
				.hasValueSatisfying((exercise) -> assertThat(exercise.cautions()).extracting(CautionEntry::slug)
					.containsExactly("soft-knees"));
			assertThat(catalogue.muscles()).extracting(MuscleEntry::slug)
				.containsExactly("gluteus-maximus", "hamstrings");
		}
	}

	@Test
	void shouldServeTheLiveCatalogueWhenStartedOnOneReplacedSinceUntilToldToPublishItAgain() {
		Path first = TestCatalogues.minimal(this.folder.resolve("first"));
		Path second = TestCatalogues.renamed(this.folder.resolve("second"), "Forward fold", "Standing forward fold");
		// A database that outlives each start, as a file does.
		String database = "jdbc:h2:file:" + this.folder.resolve("database");
		String secondVersion;
		start(first, database).close();
		try (ConfigurableApplicationContext context = start(second, database)) {
			secondVersion = context.getBean(ReadModel.class).current().version().hash();
		}
		// The first catalogue again: it was replaced since, so the live one is read back.
		try (ConfigurableApplicationContext context = start(first, database)) {
			Catalogue served = context.getBean(ReadModel.class).current();
			assertThat(served.version().hash()).isEqualTo(secondVersion);
			assertThat(served.exercise("forward-fold")).map(ExerciseEntry::name).hasValue("Standing forward fold");
			assertThat(served).usingRecursiveComparison()
				.comparingOnlyFields("exercises", "muscles", "cautions", "sources", "causes")
				.isEqualTo(SeedCatalogues.of("file:" + second + "/"));
		}
		try (ConfigurableApplicationContext context = start(first, database, "--limber.catalogue.publish=always")) {
			Catalogue served = context.getBean(ReadModel.class).current();
			assertThat(served.version().hash()).isNotEqualTo(secondVersion);
			assertThat(served.exercise("forward-fold")).map(ExerciseEntry::name).hasValue("Forward fold");
		}
	}

	@Test
	void shouldRefuseToStartOnAnInvalidCatalogue() {
		TestCatalogues.minimal(this.folder, "unknown-muscle");
		assertThatThrownBy(() -> start(this.folder).close()).hasRootCauseInstanceOf(InvalidCatalogueException.class)
			.rootCause()
			.hasMessageContaining("exercises.json, entry 'bridge', field 'muscles[1].muscle': unknown muscle");
	}

	@Test
	void shouldRefuseToStartOnACauseLinkedToAnUnknownSource() {
		TestCatalogues.minimal(this.folder, "unknown-cause-source");
		assertThatThrownBy(() -> start(this.folder).close()).hasRootCauseInstanceOf(InvalidCatalogueException.class)
			.rootCause()
			.hasMessageContaining(
					"causes.json, entry 'tight-hamstrings', field 'exercises[0].source': unknown source 'article-two'");
	}

	@Test
	void shouldReportAnInvalidCatalogueWithoutAStackTrace() {
		InvalidCatalogueException failure = new InvalidCatalogueException("file:/srv/catalogue/",
				List.of(new Violation("exercises.json", "plank", "goals", "is empty")));
		FailureAnalysis analysis = new InvalidCatalogueFailureAnalyzer().analyze(new IllegalStateException(failure));
		assertThat(analysis.getDescription()).isEqualTo("""
				The catalogue at file:/srv/catalogue/ is invalid (1 problem):
				  - exercises.json, entry 'plank', field 'goals': is empty""");
		assertThat(analysis.getAction()).contains("file:/srv/catalogue/").contains("limber.catalogue.location");
	}

	private static ConfigurableApplicationContext start(Path catalogue) {
		return start(catalogue, "jdbc:h2:mem:startup-" + catalogue.getFileName());
	}

	private static ConfigurableApplicationContext start(Path catalogue, String database, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--limber.catalogue.location=" + catalogue,
				"--spring.datasource.url=" + database, "--spring.main.banner-mode=off"));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(LimberApplication.class).web(WebApplicationType.NONE)
			.run(all.toArray(String[]::new));
	}

}
