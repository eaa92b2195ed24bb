package app.limber.catalogue.store;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CatalogueVersion;
import app.limber.catalogue.model.CauseEntry;
import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseLink;
import app.limber.catalogue.model.MuscleEntry;
import app.limber.catalogue.wire.MuscleRole;
import app.limber.catalogue.model.SourceEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.limber.catalogue.store.Cause;
import app.limber.catalogue.store.Caution;
import app.limber.catalogue.store.Dosage;
import app.limber.catalogue.store.Exercise;
import app.limber.catalogue.store.Muscle;
import app.limber.catalogue.store.MuscleTarget;
import app.limber.catalogue.store.Source;

/**
 * Builds the read model from the store's entities: resolves every link once, so that
 * answering a question never follows one again. The entities may come in any order (the
 * seed's, or the database's, whose collation orders slugs its own way): the exercises are
 * numbered in slug order as Java compares strings, so the same catalogue gives the same
 * read model, ties in relevance included, on every replica and every database.
 */
public final class CatalogueAssembler {

	private CatalogueAssembler() {
	}

	/**
	 * Builds one immutable catalogue.
	 * @param version the version the entities are
	 * @param stored the entities
	 * @return the catalogue, indexed
	 */
	public static Catalogue assemble(CatalogueVersion version, StoredCatalogue stored) {
		Map<String, SourceEntry> sources = new HashMap<>();
		for (Source source : stored.sources()) {
			sources.put(source.getSlug(), new SourceEntry(source.getSlug(), source.getKind(), source.getTitle(),
					source.getAuthors(), source.getPublisher(), source.getYear(),
					(source.getCitedBy() != null) ? source.getCitedBy().getSlug() : null, source.isTitleDescriptive()));
		}
		Map<String, MuscleEntry> muscles = new HashMap<>();
		for (Muscle muscle : stored.muscles()) {
			muscles.put(muscle.getSlug(), new MuscleEntry(muscle.getSlug(), muscle.getName(), muscle.getRegion(),
					muscle.getDescription(), List.copyOf(muscle.getAliases())));
		}
		Map<String, CautionEntry> cautions = new HashMap<>();
		for (Caution caution : stored.cautions()) {
			cautions.put(caution.getSlug(),
					new CautionEntry(caution.getSlug(), caution.getTitle(), caution.getSeverity(), caution.getText(),
							caution.isGeneral(), caution.getSources().stream().map(Source::getSlug).toList()));
		}
		List<ExerciseEntry> exercises = new ArrayList<>();
		List<Exercise> inCatalogueOrder = new ArrayList<>(stored.exercises());
		inCatalogueOrder.sort(Comparator.comparing(Exercise::getSlug));
		for (Exercise exercise : inCatalogueOrder) {
			exercises.add(entry(exercises.size(), exercise, sources, muscles, cautions));
		}
		Map<String, ExerciseEntry> bySlug = new HashMap<>();
		exercises.forEach((exercise) -> bySlug.put(exercise.slug(), exercise));
		return new Catalogue(version, exercises,
				stored.muscles().stream().map((m) -> muscles.get(m.getSlug())).toList(),
				stored.cautions().stream().map((c) -> cautions.get(c.getSlug())).toList(),
				stored.sources().stream().map((s) -> sources.get(s.getSlug())).toList(),
				stored.causes().stream().map((cause) -> cause(cause, bySlug)).toList());
	}

	private static CauseEntry cause(Cause cause, Map<String, ExerciseEntry> exercises) {
		return new CauseEntry(cause.getSlug(), cause.getName(), cause.getSummary(),
				cause.getSources().stream().map(Source::getSlug).toList(), List.copyOf(cause.getTerms()),
				cause.getExercises()
					.stream()
					.map((link) -> new CauseEntry.Link(exercises.get(link.getExercise()), link.getSource().getSlug(),
							link.getReason(), link.isImplied()))
					.toList());
	}

	private static ExerciseEntry entry(int ordinal, Exercise exercise, Map<String, SourceEntry> sources,
			Map<String, MuscleEntry> muscles, Map<String, CautionEntry> cautions) {
		List<DosageEntry> dosages = exercise.getDosages().stream().map(CatalogueAssembler::dosage).toList();
		return new ExerciseEntry(ordinal, exercise.getSlug(), exercise.getName(), List.copyOf(exercise.getAliases()),
				exercise.getSummary(), exercise.getWhyItHelps(), sorted(exercise.getGoals()), exercise.getPosition(),
				exercise.isOnFloor(), sorted(exercise.getEquipment()), exercise.getDifficulty(), exercise.isPerSide(),
				exercise.getTechnique(), List.copyOf(exercise.getSteps()), dosages,
				exercise.getEstimatedDurationSeconds(), role(exercise.getMuscles(), MuscleRole.PRIMARY, muscles),
				role(exercise.getMuscles(), MuscleRole.SECONDARY, muscles),
				exercise.getCautions()
					.stream()
					.map((caution) -> cautions.get(caution.getSlug()))
					.sorted(CautionEntry.MOST_SERIOUS_FIRST)
					.toList(),
				links(exercise.getEasier()), links(exercise.getHarder()), links(exercise.getAlternatives()),
				exercise.getSources().stream().map((source) -> sources.get(source.getSlug())).toList());
	}

	private static DosageEntry dosage(Dosage dosage) {
		return new DosageEntry(dosage.getSource().getSlug(), dosage.getSets(), dosage.getReps(),
				dosage.getHoldSeconds(), dosage.getRestSeconds(), dosage.getFrequency());
	}

	private static List<MuscleEntry> role(List<MuscleTarget> targets, MuscleRole role,
			Map<String, MuscleEntry> muscles) {
		return targets.stream()
			.filter((target) -> target.getRole() == role)
			.map((target) -> muscles.get(target.getMuscle().getSlug()))
			.toList();
	}

	private static List<ExerciseLink> links(List<Exercise> exercises) {
		return exercises.stream().map((exercise) -> new ExerciseLink(exercise.getSlug(), exercise.getName())).toList();
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
		return values.stream().sorted().toList();
	}

}
