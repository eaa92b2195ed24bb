package app.limber.catalogue;

import java.nio.file.Path;
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
	void shouldRefuseToStartOnAnInvalidCatalogue() {
		TestCatalogues.minimal(this.folder, "unknown-muscle");
		assertThatThrownBy(() -> start(this.folder).close()).hasRootCauseInstanceOf(InvalidCatalogueException.class)
			.rootCause()
			.hasMessageContaining("exercises.json, entry 'bridge', field 'muscles[1].muscle': unknown muscle");
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
		return new SpringApplicationBuilder(LimberApplication.class).web(WebApplicationType.NONE)
			.run("--limber.catalogue.location=" + catalogue,
					"--spring.datasource.url=jdbc:h2:mem:startup-" + catalogue.getFileName(),
					"--spring.main.banner-mode=off");
	}

}
