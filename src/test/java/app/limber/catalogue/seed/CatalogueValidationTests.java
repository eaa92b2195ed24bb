package app.limber.catalogue.seed;

import app.limber.catalogue.SeedCatalogues;
import app.limber.catalogue.TestCatalogues;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import app.limber.LimberApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --limber.catalogue.validate=folder} checks a catalogue as start-up does, prints
 * the same messages and exits 0 or 1, without starting anything.
 */
class CatalogueValidationTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void shouldExitZeroAndSayWhatAValidCatalogueHolds() {
		assertThat(validate("classpath:catalogue/")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.startsWith("The catalogue at classpath:catalogue/ is valid: version ")
			.contains(SeedCatalogues.seed().version().shortHash())
			.contains(SeedCatalogues.seed().exercises().size() + " exercises");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void shouldExitOneAndListTheProblemsAsStartUpDoes() {
		TestCatalogues.minimal(this.folder, "unknown-muscle");
		assertThat(validate(this.folder.toString())).isEqualTo(1);
		String printed = this.err.toString(StandardCharsets.UTF_8);
		assertThat(printed).startsWith("The catalogue at file:" + this.folder + "/ is invalid (")
			.contains("  - exercises.json, entry 'bridge', field 'muscles[1].muscle': unknown muscle");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void shouldExitOneOnACauseLinkedToAnUnknownExercise() {
		TestCatalogues.minimal(this.folder, "unknown-cause-exercise");
		assertThat(validate(this.folder.toString())).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("  - causes.json, entry 'weak-glutes', field 'exercises[0].exercise': unknown exercise 'plank'");
	}

	@Test
	void shouldExitOneWhenNoFolderIsNamed() {
		assertThat(validate(" ")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--limber.catalogue.validate=");
	}

	@Test
	void shouldRunFromTheCommandLineWithoutStartingAServer() throws Exception {
		TestCatalogues.minimal(this.folder, "unknown-muscle");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LimberApplication.class.getName(),
				"--limber.catalogue.validate=" + this.folder, "--spring.datasource.url=jdbc:postgresql://nowhere/x")
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String printed = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).isEqualTo(1);
		assertThat(printed).isEqualToIgnoringNewLines("The catalogue at file:" + this.folder
				+ "/ is invalid (1 problem):  - exercises.json, entry 'bridge', field 'muscles[1].muscle': "
				+ "unknown muscle 'glutes-maximus'");
		assertThat(output).isEmpty();
	}

	private int validate(String location) {
		return CatalogueValidation.validate(location, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
