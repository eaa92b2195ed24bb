package app.limber.catalogue;

import org.springframework.core.io.DefaultResourceLoader;

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
		return CatalogueAssembler.assemble(new CatalogueVersion(read.hash()), CatalogueLoader.entities(read));
	}

}
