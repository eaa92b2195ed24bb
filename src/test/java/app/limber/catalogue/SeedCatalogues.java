package app.limber.catalogue;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CatalogueVersion;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.seed.CatalogueReader;
import app.limber.catalogue.seed.CatalogueSeed;
import app.limber.catalogue.store.CatalogueAssembler;
import app.limber.catalogue.store.StoredCatalogue;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real seed catalogue as a read model, built in memory the way start-up builds it
 * from the database, for tests that need the catalogue but no database.
 */
public final class SeedCatalogues {

	private static Catalogue seed;

	private SeedCatalogues() {
	}

	/**
	 * The seed catalogue of {@code src/main/resources/catalogue/}, built once.
	 * @return the catalogue
	 */
	public static synchronized Catalogue seed() {
		if (seed == null) {
			seed = of("classpath:catalogue/");
		}
		return seed;
	}

	/**
	 * A read model serving the seed catalogue.
	 * @return a new read model
	 */
	public static ReadModel readModel() {
		return new ReadModel(seed());
	}

	/**
	 * Reads, checks and indexes a catalogue folder, without a database.
	 * @param location the folder, as {@code limber.catalogue.location} takes it
	 * @return the catalogue
	 */
	public static Catalogue of(String location) {
		CatalogueSeed read = new CatalogueReader(new DefaultResourceLoader()).read(location);
		return CatalogueAssembler.assemble(new CatalogueVersion(read.hash()), StoredCatalogue.of(read));
	}

	/**
	 * Asserts that a read model holds the same catalogue as one built from the seed in
	 * memory, whichever way it was built: every entry of every kind, equal, and the
	 * exercises numbered alike (the files list them in their own order, a database in its
	 * collation's).
	 * @param built the read model under test, such as one read back from a database
	 * @param expected the read model built from the seed
	 */
	public static void assertBuiltAlike(Catalogue built, Catalogue expected) {
		assertThat(built.version()).isEqualTo(expected.version());
		assertThat(built.muscles()).isEqualTo(expected.muscles());
		assertThat(built.cautions()).isEqualTo(expected.cautions());
		assertThat(built.generalCautions()).isEqualTo(expected.generalCautions());
		assertThat(built.sources()).isEqualTo(expected.sources());
		assertThat(built.causes()).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyElementsOf(expected.causes());
		assertThat(built.exercises()).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyElementsOf(expected.exercises());
		assertThat(built.findAll(ExerciseFilter.NONE)).extracting(ExerciseEntry::slug)
			.containsExactlyElementsOf(
					expected.findAll(ExerciseFilter.NONE).stream().map(ExerciseEntry::slug).toList());
	}

}
