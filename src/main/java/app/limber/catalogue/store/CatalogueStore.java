package app.limber.catalogue.store;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CatalogueVersion;
import app.limber.catalogue.seed.CatalogueSeed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import app.limber.catalogue.store.Exercise;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue in the database, shared by every replica that points at it: publishes a
 * checked seed under a lock, so that replicas starting together import it once, and reads
 * back the version that is live.
 */
public class CatalogueStore {

	private static final Logger logger = LoggerFactory.getLogger(CatalogueStore.class);

	// Children before parents; references (cited by an article) before articles.
	private static final List<String> CONTENT_DELETES = List.of("delete from cause_exercise",
			"delete from cause_source", "delete from cause", "delete from exercise_dosage", "delete from muscle_target",
			"delete from exercise_caution", "delete from exercise_source", "delete from exercise_easier",
			"delete from exercise_harder", "delete from exercise_alternative", "delete from exercise",
			"delete from caution_source", "delete from caution", "delete from muscle",
			"update source set cited_by = null", "delete from source");

	/** Exercises written between flushes of the persistence context. */
	private static final int PERSIST_BATCH = 200;

	// A poll must not hang on a database that stopped answering.
	private static final int QUERY_TIMEOUT_MILLIS = 5000;

	private final EntityManager entityManager;

	private final TransactionTemplate writing;

	private final TransactionTemplate polling;

	private final TransactionTemplate reading;

	public CatalogueStore(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.writing = new TransactionTemplate(transactionManager);
		this.polling = new TransactionTemplate(transactionManager);
		this.polling.setReadOnly(true);
		// One snapshot for the version and the rows, so that a catalogue published while
		// they are read is never mixed into them.
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
		this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * Makes a checked catalogue the live one, unless the database already holds it, all
	 * in one transaction that holds the catalogue lock: of several instances publishing
	 * the same catalogue together, one imports it and the others find it there.
	 * @param seed the catalogue, already checked
	 * @param location where it was read from, recorded with the version
	 * @param again whether a version imported before, but no longer live, is made live
	 * again ({@code limber.catalogue.publish=always})
	 * @return what happened
	 */
	public Publication publish(CatalogueSeed seed, String location, boolean again) {
		return this.writing.execute((status) -> {
			this.entityManager.createNativeQuery("select id from catalogue_lock where id = 1 for update")
				.getResultList();
			Optional<CatalogueVersion> live = live();
			if (live.isPresent() && live.get().hash().equals(seed.hash())) {
				return Publication.ALREADY_LIVE;
			}
			boolean known = !this.entityManager
				.createNativeQuery("select hash from catalogue_version where hash = :hash")
				.setParameter("hash", seed.hash())
				.getResultList()
				.isEmpty();
			if (known && !again) {
				return Publication.KEPT_NEWER;
			}
			CONTENT_DELETES.forEach((delete) -> this.entityManager.createNativeQuery(delete).executeUpdate());
			StoredCatalogue entities = StoredCatalogue.of(seed);
			entities.sources().forEach(this.entityManager::persist);
			entities.muscles().forEach(this.entityManager::persist);
			entities.cautions().forEach(this.entityManager::persist);
			// Written a batch at a time and then let go, by the persistence context and
			// by this list: otherwise every entity of a large catalogue, and the
			// persistence context's copy of each for dirty checking, would stay in
			// memory until the commit, beside the rows and the read model built
			// meanwhile (site page performance.md).
			// Sources, muscles and cautions stay managed, so that the exercises
			// referring to them need no lookups. An exercise's variations may be in a
			// later batch: they are written once every exercise is.
			List<Exercise> exercises = entities.exercises();
			List<Variations> variations = exercises.stream().map(Variations::takeFrom).toList();
			while (!exercises.isEmpty()) {
				List<Exercise> batch = exercises.subList(0, Math.min(PERSIST_BATCH, exercises.size()));
				batch.forEach(this.entityManager::persist);
				this.entityManager.flush();
				batch.forEach(this.entityManager::detach);
				batch.clear();
			}
			this.entityManager.unwrap(Session.class).doWork((connection) -> Variations.insert(connection, variations));
			// Causes name their exercises by slug: every exercise is in the database now.
			entities.causes().forEach(this.entityManager::persist);
			this.entityManager.flush();
			this.entityManager.createNativeQuery("update catalogue_version set live = false where live = true")
				.executeUpdate();
			if (known) {
				this.entityManager.createNativeQuery("update catalogue_version set live = true where hash = :hash")
					.setParameter("hash", seed.hash())
					.executeUpdate();
			}
			else {
				this.entityManager.createNativeQuery("""
						insert into catalogue_version (hash, location, imported_at, exercises, muscles, cautions,
						    sources, causes, live)
						    values (:hash, :location, :at, :exercises, :muscles, :cautions, :sources, :causes, true)""")
					.setParameter("hash", seed.hash())
					.setParameter("location", location)
					.setParameter("at", OffsetDateTime.now())
					.setParameter("exercises", seed.exercises().size())
					.setParameter("muscles", seed.muscles().size())
					.setParameter("cautions", seed.cautions().size())
					.setParameter("sources", seed.sources().size())
					.setParameter("causes", seed.causes().size())
					.executeUpdate();
			}
			return known ? Publication.MADE_LIVE_AGAIN : Publication.IMPORTED;
		});
	}

	/**
	 * The version the database serves, in a short transaction of its own.
	 * @return the live version, empty when none was ever published
	 */
	Optional<CatalogueVersion> liveVersion() {
		return this.polling.execute((status) -> live());
	}

	/**
	 * Reads the live catalogue and builds the read model from it.
	 * @return the catalogue
	 * @throws IllegalStateException when nothing is live, or the rows do not add up to
	 * the version that says it is
	 */
	public Catalogue readLive() {
		return this.reading.execute((status) -> {
			CatalogueVersion version = live()
				.orElseThrow(() -> new IllegalStateException("No catalogue has been published to the database"));
			StoredCatalogue stored = StoredCatalogue.read(this.entityManager);
			int[] counted = { stored.exercises().size(), stored.muscles().size(), stored.cautions().size(),
					stored.sources().size(), stored.causes().size() };
			int[] recorded = counts(version.hash());
			if (!java.util.Arrays.equals(counted, recorded)) {
				throw new IllegalStateException("The database holds " + counted[0] + " exercises, " + counted[1]
						+ " muscles, " + counted[2] + " cautions, " + counted[3] + " sources and " + counted[4]
						+ " causes, but catalogue " + version.shortHash() + " has " + recorded[0] + ", " + recorded[1]
						+ ", " + recorded[2] + ", " + recorded[3] + " and " + recorded[4]);
			}
			Catalogue catalogue = CatalogueAssembler.assemble(version, stored);
			// The entities are not needed once assembled: let them go with the
			// transaction.
			this.entityManager.clear();
			return catalogue;
		});
	}

	private Optional<CatalogueVersion> live() {
		List<?> rows = this.entityManager.createNativeQuery("select hash from catalogue_version where live = true")
			.setHint("jakarta.persistence.query.timeout", QUERY_TIMEOUT_MILLIS)
			.getResultList();
		if (rows.size() > 1) {
			logger.warn("{} catalogue versions are marked live; serving the first", rows.size());
		}
		return rows.stream().findFirst().map((hash) -> new CatalogueVersion((String) hash));
	}

	private int[] counts(String hash) {
		Object[] row = (Object[]) this.entityManager
			.createNativeQuery(
					"select exercises, muscles, cautions, sources, causes from catalogue_version where hash = :hash")
			.setParameter("hash", hash)
			.getSingleResult();
		int[] counts = new int[row.length];
		for (int i = 0; i < row.length; i++) {
			counts[i] = ((Number) row[i]).intValue();
		}
		return counts;
	}

	/**
	 * An exercise's links to its variations, written as rows of their join tables (see
	 * {@link Exercise}) once every exercise is in the database.
	 */
	private record Variations(String exercise, List<String> easier, List<String> harder, List<String> alternatives) {

		static Variations takeFrom(Exercise exercise) {
			Variations variations = new Variations(exercise.getSlug(), slugs(exercise.getEasier()),
					slugs(exercise.getHarder()), slugs(exercise.getAlternatives()));
			exercise.vary(List.of(), List.of(), List.of());
			return variations;
		}

		private static List<String> slugs(List<Exercise> exercises) {
			return exercises.stream().map(Exercise::getSlug).toList();
		}

		static void insert(Connection connection, List<Variations> all) throws SQLException {
			insert(connection, "exercise_easier", all, Variations::easier);
			insert(connection, "exercise_harder", all, Variations::harder);
			insert(connection, "exercise_alternative", all, Variations::alternatives);
		}

		private static void insert(Connection connection, String table, List<Variations> all,
				Function<Variations, List<String>> links) throws SQLException {
			try (PreparedStatement insert = connection
				.prepareStatement("insert into " + table + " (exercise, ordinal, variation) values (?, ?, ?)")) {
				for (Variations variations : all) {
					List<String> slugs = links.apply(variations);
					for (int ordinal = 0; ordinal < slugs.size(); ordinal++) {
						insert.setString(1, variations.exercise());
						insert.setInt(2, ordinal);
						insert.setString(3, slugs.get(ordinal));
						insert.addBatch();
					}
				}
				insert.executeBatch();
			}
		}

	}

	/** What {@link #publish} did. */
	public enum Publication {

		/** A version the database never held was imported and is live. */
		IMPORTED,

		/** The version was live already. */
		ALREADY_LIVE,

		/** The version was imported before and is live again. */
		MADE_LIVE_AGAIN,

		/** The version was imported before and replaced since: the live one is kept. */
		KEPT_NEWER

	}

}
