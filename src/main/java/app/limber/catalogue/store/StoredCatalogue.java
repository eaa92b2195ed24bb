package app.limber.catalogue.store;

import app.limber.catalogue.wire.BodyRegion;
import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.MuscleRole;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.model.Range;
import app.limber.catalogue.wire.Severity;
import app.limber.catalogue.wire.SourceKind;
import app.limber.catalogue.wire.Technique;
import app.limber.catalogue.wire.WireValue;
import app.limber.catalogue.seed.CatalogueSeed.DosageSeed;
import app.limber.catalogue.seed.CatalogueSeed.ExerciseSeed;
import app.limber.catalogue.seed.CatalogueSeed.RangeSeed;
import app.limber.catalogue.seed.CatalogueSeed;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue's entities, as the store of record holds them.
 *
 * @param sources the sources
 * @param muscles the muscles
 * @param cautions the cautions
 * @param exercises the exercises, in any order (the read model numbers them in its own)
 * @param causes the causes
 */
public record StoredCatalogue(List<Source> sources, List<Muscle> muscles, List<Caution> cautions,
		List<Exercise> exercises, List<Cause> causes) {

	/**
	 * Reads the whole catalogue from the database. Call it inside a transaction; the
	 * collections of each kind load in batches.
	 * @param entityManager the store
	 * @return its entities, in the order the database gives them: the read model puts
	 * every kind in its own order (see {@link CatalogueAssembler})
	 */
	static StoredCatalogue read(EntityManager entityManager) {
		return new StoredCatalogue(entityManager.createQuery("select s from Source s", Source.class).getResultList(),
				entityManager.createQuery("select m from Muscle m", Muscle.class).getResultList(),
				entityManager.createQuery("select c from Caution c", Caution.class).getResultList(),
				entityManager.createQuery("select e from Exercise e", Exercise.class).getResultList(),
				entityManager.createQuery("select c from Cause c", Cause.class).getResultList());
	}

	/**
	 * Turns a checked seed into the entities that store it, not yet persisted.
	 * @param seed the catalogue
	 * @return its entities, each kind in seed order (articles before the references they
	 * cite), in lists of their own that the caller may empty as it goes
	 */
	public static StoredCatalogue of(CatalogueSeed seed) {
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
