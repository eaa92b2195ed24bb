package app.limber.catalogue.seed;

import app.limber.catalogue.TestCatalogues;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each small invalid catalogue under {@code src/test/resources/catalogues/} is the valid
 * {@code minimal} one with one file replaced; each must be refused with a message naming
 * the file, the entry and the field.
 */
class InvalidCatalogueTests {

	private final CatalogueReader reader = new CatalogueReader(new DefaultResourceLoader());

	@TempDir
	Path folder;

	@Test
	void shouldReadTheMinimalCatalogueFromAFilesystemFolder() {
		TestCatalogues.minimal(this.folder);
		CatalogueSeed seed = this.reader.read(this.folder.toString());
		assertThat(seed.exercises()).extracting(CatalogueSeed.ExerciseSeed::slug)
			.containsExactly("bridge", "forward-fold");
		assertThat(seed.hash()).hasSize(64);
	}

	@Test
	void shouldReadTheSameCatalogueFromAFileUrl() {
		TestCatalogues.minimal(this.folder);
		CatalogueSeed plain = this.reader.read(this.folder.toString());
		CatalogueSeed url = this.reader.read(this.folder.toUri().toString());
		assertThat(url.hash()).isEqualTo(plain.hash());
	}

	@Test
	void shouldChangeTheHashWhenTheContentChanges() throws IOException {
		TestCatalogues.minimal(this.folder);
		String before = this.reader.read(this.folder.toString()).hash();
		Path muscles = this.folder.resolve("muscles.json");
		Files.writeString(muscles, Files.readString(muscles).replace("The large buttock muscle.", "The big one."));
		assertThat(this.reader.read(this.folder.toString()).hash()).isNotEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					missing-field     | exercises.json, entry 'bridge', field 'steps': required property 'steps' not found
					unknown-goal      | exercises.json, entry 'bridge', field 'goals[0]': does not have a value in the enumeration
					unknown-muscle    | exercises.json, entry 'bridge', field 'muscles[1].muscle': unknown muscle 'glutes-maximus'
					unknown-caution   | exercises.json, entry 'forward-fold', field 'cautions[0]': unknown caution 'sharp-knees'
					unknown-source    | exercises.json, entry 'forward-fold', field 'sources[1]': unknown source 'article-two'
					unknown-variation | exercises.json, entry 'bridge', field 'alternatives[0]': unknown exercise 'plank'
					self-variation    | exercises.json, entry 'bridge', field 'harder[0]': points at the exercise itself
					unknown-cause-exercise | causes.json, entry 'weak-glutes', field 'exercises[0].exercise': unknown exercise 'plank'
					unknown-cause-source   | causes.json, entry 'tight-hamstrings', field 'exercises[0].source': unknown source 'article-two'
					no-goal           | exercises.json, entry 'forward-fold', field 'goals': is empty: an exercise needs at least one goal
					duplicate-slug    | muscles.json, entry 'hamstrings', field 'slug': is used by more than one entry
					malformed-json    | cautions.json: is not valid JSON
					duplicate-key     | sources.json: is not valid JSON: Duplicate Object property "title"
					""")
	void shouldRefuseAnInvalidCatalogueNamingFileEntryAndField(String name, String expected) {
		TestCatalogues.minimal(this.folder, name);
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations())
				.anySatisfy((violation) -> assertThat(violation).startsWith(expected)))
			.withMessageContaining(this.folder.toString());
	}

	@Test
	void shouldNameAMissingFile() throws IOException {
		TestCatalogues.minimal(this.folder);
		Files.delete(this.folder.resolve("cautions.json"));
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).singleElement()
				.asString()
				.startsWith("cautions.json: is missing from file:"));
	}

	@Test
	void shouldReportEveryViolationAtOnce() {
		TestCatalogues.minimal(this.folder, "unknown-muscle", "duplicate-slug");
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).hasSize(2))
			.withMessageContaining("(2 problems)");
	}

	@Test
	void shouldLinkACauseToAnExerciseOnlyThroughAnArticleThatNamesTheCause() throws IOException {
		TestCatalogues.minimal(this.folder);
		Path causes = this.folder.resolve("causes.json");
		Files.writeString(causes,
				Files.readString(causes)
					.replace("\"sources\": [\"article-one\"], \"terms\": [\"tightness\"]",
							"\"sources\": [\"reference-one\"], \"terms\": [\"tightness\"]"));
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).containsExactly(
					"causes.json, entry 'tight-hamstrings', field 'sources[0]': 'reference-one' is a reference: a cause names the articles that say it",
					"causes.json, entry 'tight-hamstrings', field 'exercises[0].source': 'article-one' is not among the cause's sources"));
	}

	@Test
	void shouldLinkAnExerciseToACauseOnceThroughEachArticle() throws IOException {
		TestCatalogues.minimal(this.folder);
		Path causes = this.folder.resolve("causes.json");
		String link = "{ \"exercise\": \"bridge\", \"source\": \"article-one\", \"reason\": \"Strengthens the glutes.\", \"implied\": false }";
		Files.writeString(causes, Files.readString(causes).replace(link, link + ", " + link));
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).containsExactly(
					"causes.json, entry 'weak-glutes', field 'exercises[1]': links 'bridge' through 'article-one' a second time"));
	}

	@Test
	void shouldRequireVariationsToLinkBothWays() throws IOException {
		TestCatalogues.minimal(this.folder);
		Path exercises = this.folder.resolve("exercises.json");
		Files.writeString(exercises, Files.readString(exercises).replace("\"easier\": [\"bridge\"]", "\"easier\": []"));
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).containsExactly(
					"exercises.json, entry 'bridge', field 'harder[0]': 'forward-fold' does not list 'bridge' in its easier"));
	}

}
