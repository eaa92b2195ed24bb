package app.limber.catalogue;

import app.limber.catalogue.seed.CatalogueReader;
import app.limber.catalogue.seed.CatalogueSeed;
import app.limber.catalogue.seed.InvalidCatalogueException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The seed format's optional fields: an exercise's technique (only self-massage may serve
 * none of the three goals), a source's descriptive title and a muscle no article
 * describes.
 */
class CatalogueTechniqueTests {

	private final CatalogueReader reader = new CatalogueReader(new DefaultResourceLoader());

	@TempDir
	Path folder;

	@Test
	void shouldReadAnExerciseWithoutATechniqueAsAMovement() {
		TestCatalogues.minimal(this.folder);
		CatalogueSeed seed = this.reader.read(this.folder.toString());
		assertThat(seed.exercises()).allSatisfy((exercise) -> {
			assertThat(exercise.technique()).isNull();
			assertThat(exercise.isSelfMassage()).isFalse();
		});
		assertThat(seed.sources()).noneMatch(CatalogueSeed.SourceSeed::titleIsDescriptive);
	}

	@Test
	void shouldAcceptASelfMassageThatServesNoGoal() throws IOException {
		TestCatalogues.minimal(this.folder, "no-goal");
		edit("exercises.json", "\"goals\": [],", "\"goals\": [], \"technique\": \"self-massage\",");
		CatalogueSeed seed = this.reader.read(this.folder.toString());
		assertThat(seed.exercises()).filteredOn(CatalogueSeed.ExerciseSeed::isSelfMassage)
			.singleElement()
			.satisfies((exercise) -> {
				assertThat(exercise.slug()).isEqualTo("forward-fold");
				assertThat(exercise.goals()).isEmpty();
			});
	}

	@Test
	void shouldRefuseAMovementThatServesNoGoalSayingOnlySelfMassageMay() throws IOException {
		TestCatalogues.minimal(this.folder, "no-goal");
		edit("exercises.json", "\"goals\": [],", "\"goals\": [], \"technique\": \"movement\",");
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).containsExactly(
					"exercises.json, entry 'forward-fold', field 'goals': is empty: an exercise needs at least one goal"
							+ " (only one whose technique is 'self-massage' may have none)"));
	}

	@Test
	void shouldRefuseAnUnknownTechniqueNamingFileEntryAndField() throws IOException {
		TestCatalogues.minimal(this.folder);
		edit("exercises.json", "\"goals\": [\"stretch\"],", "\"goals\": [\"stretch\"], \"technique\": \"tapping\",");
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).singleElement()
				.asString()
				.startsWith("exercises.json, entry 'forward-fold', field 'technique': "));
	}

	@Test
	void shouldReadADescriptiveTitle() throws IOException {
		TestCatalogues.minimal(this.folder);
		edit("sources.json", "\"title\": \"Article one\",",
				"\"title\": \"Article one\", \"titleIsDescriptive\": true,");
		CatalogueSeed seed = this.reader.read(this.folder.toString());
		assertThat(seed.sources()).filteredOn(CatalogueSeed.SourceSeed::titleIsDescriptive)
			.extracting(CatalogueSeed.SourceSeed::slug)
			.containsExactly("article-one");
	}

	@Test
	void shouldAcceptAnEmptyMuscleDescriptionButNotABlankOne() throws IOException {
		TestCatalogues.minimal(this.folder);
		edit("muscles.json", "\"The back of the thigh.\"", "\"\"");
		assertThat(this.reader.read(this.folder.toString()).muscles()).extracting(CatalogueSeed.MuscleSeed::description)
			.containsExactly("The large buttock muscle.", "");
		edit("muscles.json", "\"description\": \"\"", "\"description\": \"   \"");
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(this.folder.toString()))
			.satisfies((ex) -> assertThat(ex.getViolations()).allSatisfy((violation) -> assertThat(violation)
				.startsWith("muscles.json, entry 'hamstrings', field 'description': ")));
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = this.folder.resolve(file);
		String before = Files.readString(path);
		assertThat(before).as("%s mentions %s", file, from).contains(from);
		Files.writeString(path, before.replace(from, to));
	}

}
