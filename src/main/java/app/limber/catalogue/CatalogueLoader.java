package app.limber.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

import app.limber.catalogue.CatalogueSeed.DosageSeed;
import app.limber.catalogue.CatalogueSeed.ExerciseSeed;
import app.limber.catalogue.CatalogueSeed.RangeSeed;
import app.limber.catalogue.store.Cause;
import app.limber.catalogue.store.CauseLink;
import app.limber.catalogue.store.Caution;
import app.limber.catalogue.store.Dosage;
import app.limber.catalogue.store.Exercise;
import app.limber.catalogue.store.Muscle;
import app.limber.catalogue.store.Source;
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
		FutureTask<Catalogue> assembly = new FutureTask<>(() -> CatalogueAssembler.assemble(version, entities(seed)));
		Thread assembler = new Thread(assembly, "catalogue-assembly");
		assembler.setDaemon(true);
		assembler.start();
		CatalogueStore.Publication publication;
		try {
			publication = this.store.publish(seed, location, policy);
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

	/**
	 * Turns a checked seed into the entities that store it, not yet persisted.
	 * @param seed the catalogue
	 * @return its entities, each kind in seed order (articles before the references they
	 * cite), in lists of their own that the caller may empty as it goes
	 */
	static StoredCatalogue entities(CatalogueSeed seed) {
		Map<String, Source> sources = new HashMap<>();
		List<Source> sourceList = new ArrayList<>();
		// Articles before the references that name them as citing article.
		seed.sources()
			.stream()
			.sorted(Comparator.comparing((CatalogueSeed.SourceSeed source) -> source.citedBy() != null))
			.forEach((source) -> {
				Source entity = new Source(source.slug(), parse(SourceKind.class, source.kind()), source.title(),
						source.authors(), source.publisher(), source.year(), sources.get(source.citedBy()),
						source.titleIsDescriptive());
				sources.put(source.slug(), entity);
				sourceList.add(entity);
			});
		Map<String, Muscle> muscles = new HashMap<>();
		List<Muscle> muscleList = new ArrayList<>();
		seed.muscles().forEach((muscle) -> {
			Muscle entity = new Muscle(muscle.slug(), muscle.name(), parse(BodyRegion.class, muscle.region()),
					muscle.description(), muscle.aliases());
			muscles.put(muscle.slug(), entity);
			muscleList.add(entity);
		});
		Map<String, Caution> cautions = new HashMap<>();
		List<Caution> cautionList = new ArrayList<>();
		seed.cautions().forEach((caution) -> {
			Caution entity = new Caution(caution.slug(), caution.title(), parse(Severity.class, caution.severity()),
					caution.text(), caution.general(), pick(caution.sources(), sources));
			cautions.put(caution.slug(), entity);
			cautionList.add(entity);
		});
		Map<String, Exercise> exercises = new HashMap<>();
		List<Exercise> exerciseList = new ArrayList<>();
		for (ExerciseSeed seeded : seed.exercises()) {
			Exercise exercise = new Exercise(describe(seeded));
			exercise.prescribe(seeded.dosages().stream().map((dosage) -> dosage(dosage, sources)).toList());
			seeded.muscles()
				.forEach((target) -> exercise.target(muscles.get(target.muscle()),
						parse(MuscleRole.class, target.role())));
			exercise.caution(pick(seeded.cautions(), cautions));
			exercise.citedIn(pick(seeded.sources(), sources));
			exercises.put(seeded.slug(), exercise);
			exerciseList.add(exercise);
		}
		for (ExerciseSeed seeded : seed.exercises()) {
			exercises.get(seeded.slug())
				.vary(pick(seeded.easier(), exercises), pick(seeded.harder(), exercises),
						pick(seeded.alternatives(), exercises));
		}
		List<Cause> causeList = new ArrayList<>();
		seed.causes()
			.forEach((cause) -> causeList.add(new Cause(cause.slug(), cause.name(), cause.summary(), cause.terms(),
					pick(cause.sources(), sources),
					cause.exercises()
						.stream()
						.map((link) -> new CauseLink(link.exercise(), sources.get(link.source()), link.reason(),
								link.implied()))
						.toList())));
		return new StoredCatalogue(sourceList, muscleList, cautionList, exerciseList, causeList);
	}

	private static Exercise.Description describe(ExerciseSeed seeded) {
		return new Exercise.Description(seeded.slug(), seeded.name(), seeded.aliases(), seeded.summary(),
				seeded.whyItHelps(),
				seeded.goals().stream().map((goal) -> parse(Goal.class, goal)).collect(Collectors.toSet()),
				parse(Position.class, seeded.position()), seeded.onFloor(),
				seeded.equipment().stream().map((item) -> parse(Equipment.class, item)).collect(Collectors.toSet()),
				parse(Difficulty.class, seeded.difficulty()), seeded.perSide(), seeded.steps(),
				seeded.isSelfMassage() ? Technique.SELF_MASSAGE : Technique.MOVEMENT);
	}

	private static Dosage dosage(DosageSeed dosage, Map<String, Source> sources) {
		return new Dosage(sources.get(dosage.source()), range(dosage.sets()), range(dosage.reps()),
				range(dosage.holdSeconds()), dosage.restSeconds(), dosage.frequency());
	}

	private static Range range(RangeSeed range) {
		return (range != null) ? new Range(range.min(), range.max()) : null;
	}

	private static <T> List<T> pick(List<String> slugs, Map<String, T> bySlug) {
		List<T> picked = new ArrayList<>(slugs.size());
		slugs.forEach((slug) -> picked.add(bySlug.get(slug)));
		return picked;
	}

	private static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value) {
		return WireValue.parse(type, value);
	}

}
