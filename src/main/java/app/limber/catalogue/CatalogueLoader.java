package app.limber.catalogue;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CatalogueVersion;
import app.limber.catalogue.seed.CatalogueReader;
import app.limber.catalogue.seed.CatalogueSeed;
import app.limber.catalogue.seed.InvalidCatalogueException;
import app.limber.catalogue.store.CatalogueAssembler;
import app.limber.catalogue.store.CatalogueStore;
import app.limber.catalogue.store.StoredCatalogue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and checks the seed catalogue, and publishes it to the database unless the
 * database holds it already.
 */
class CatalogueLoader {

	private static final Logger logger = LoggerFactory.getLogger(CatalogueLoader.class);

	private final CatalogueReader reader;

	private final CatalogueStore store;

	CatalogueLoader(CatalogueReader reader, CatalogueStore store) {
		this.reader = reader;
		this.store = store;
	}

	/**
	 * Reads, checks and publishes the catalogue, then builds the read model of the
	 * version the database serves.
	 * <p>
	 * When that version is the seed's own (a catalogue is known by the hash of its
	 * files), the read model is built from the seed, on a thread of its own while the
	 * seed is written: reading back what was just written would give the same read model
	 * (see {@link CatalogueAssembler}) at the cost of a second pass over every row, and
	 * building it meanwhile takes it off start-up's longest path (site page
	 * performance.md).
	 * @param location where the seed files are
	 * @param policy whether a version imported before, but replaced since, is made live
	 * again
	 * @return the catalogue to serve
	 * @throws InvalidCatalogueException when anything in the catalogue is wrong; nothing
	 * is stored then
	 */
	Catalogue load(String location, CatalogueProperties.Publish policy) {
		CatalogueSeed seed = this.reader.read(location);
		CatalogueVersion version = new CatalogueVersion(seed.hash());
		FutureTask<Catalogue> assembly = new FutureTask<>(
				() -> CatalogueAssembler.assemble(version, StoredCatalogue.of(seed)));
		Thread assembler = new Thread(assembly, "catalogue-assembly");
		assembler.setDaemon(true);
		assembler.start();
		CatalogueStore.Publication publication;
		try {
			publication = this.store.publish(seed, location, policy == CatalogueProperties.Publish.ALWAYS);
		}
		catch (RuntimeException ex) {
			assembly.cancel(true);
			throw ex;
		}
		switch (publication) {
			case IMPORTED, MADE_LIVE_AGAIN -> logger.info(
					"Published catalogue {} from {}: {} exercises, {} muscles, {} cautions, {} sources, {} causes",
					version.shortHash(), location, seed.exercises().size(), seed.muscles().size(),
					seed.cautions().size(), seed.sources().size(), seed.causes().size());
			case ALREADY_LIVE ->
				logger.info("Catalogue {} from {} is live in the database already", version.shortHash(), location);
			case KEPT_NEWER -> logger.warn(
					"Catalogue {} from {} was published before and replaced since: serving "
							+ "the live one (limber.catalogue.publish=always makes this one live again)",
					version.shortHash(), location);
		}
		if (publication == CatalogueStore.Publication.KEPT_NEWER) {
			assembly.cancel(true);
			return this.store.readLive();
		}
		return assembled(assembly);
	}

	private static Catalogue assembled(FutureTask<Catalogue> assembly) {
		try {
			return assembly.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the read model was built", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("The read model could not be built", ex.getCause());
		}
	}

}
