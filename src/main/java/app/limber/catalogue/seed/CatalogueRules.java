package app.limber.catalogue.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.limber.catalogue.seed.CatalogueSeed.CauseLinkSeed;
import app.limber.catalogue.seed.CatalogueSeed.CauseSeed;
import app.limber.catalogue.seed.CatalogueSeed.CautionSeed;
import app.limber.catalogue.seed.CatalogueSeed.DosageSeed;
import app.limber.catalogue.seed.CatalogueSeed.ExerciseSeed;
import app.limber.catalogue.seed.CatalogueSeed.RangeSeed;
import app.limber.catalogue.seed.CatalogueSeed.SourceSeed;
import app.limber.catalogue.seed.CatalogueSeed.TargetSeed;

/**
 * The rules a schema cannot express: every slug a catalogue refers to exists, slugs are
 * unique, variations are consistent, every exercise has a primary muscle and, unless it
 * is self-massage, a goal, and a cause links an exercise only through an article that
 * names the cause and describes the exercise.
 */
final class CatalogueRules {

	private final CatalogueSeed seed;

	private final List<Violation> violations = new ArrayList<>();

	private CatalogueRules(CatalogueSeed seed) {
		this.seed = seed;
	}

	/**
	 * Checks a schema-valid catalogue.
	 * @param seed the catalogue
	 * @return every violation found, in file order; empty when the catalogue is sound
	 */
	static List<Violation> check(CatalogueSeed seed) {
		CatalogueRules rules = new CatalogueRules(seed);
		Map<String, SourceSeed> sources = rules.unique(CatalogueSeed.SOURCES, seed.sources(), SourceSeed::slug);
		Set<String> muscles = rules.unique(CatalogueSeed.MUSCLES, seed.muscles(), CatalogueSeed.MuscleSeed::slug)
			.keySet();
		Map<String, CautionSeed> cautions = rules.unique(CatalogueSeed.CAUTIONS, seed.cautions(), CautionSeed::slug);
		Map<String, ExerciseSeed> exercises = rules.unique(CatalogueSeed.EXERCISES, seed.exercises(),
				ExerciseSeed::slug);
		rules.checkSources(sources);
		rules.checkCautions(sources.keySet(), exercises.values());
		for (ExerciseSeed exercise : seed.exercises()) {
			rules.checkExercise(exercise, sources.keySet(), muscles, cautions, exercises);
		}
		rules.unique(CatalogueSeed.CAUSES, seed.causes(), CauseSeed::slug);
		for (CauseSeed cause : seed.causes()) {
			rules.checkCause(cause, sources, exercises);
		}
		return rules.violations;
	}

	private <T> Map<String, T> unique(String file, List<T> entries, Function<T, String> slug) {
		Map<String, T> bySlug = new HashMap<>();
		for (T entry : entries) {
			if (bySlug.putIfAbsent(slug.apply(entry), entry) != null) {
				violate(file, slug.apply(entry), "slug", "is used by more than one entry");
			}
		}
		return bySlug;
	}

	private void checkSources(Map<String, SourceSeed> sources) {
		for (SourceSeed source : this.seed.sources()) {
			if (source.citedBy() == null) {
				continue;
			}
			SourceSeed citing = sources.get(source.citedBy());
			if (citing == null) {
				violate(CatalogueSeed.SOURCES, source.slug(), "citedBy", "unknown source '" + source.citedBy() + "'");
			}
			else if (citing.citedBy() != null || source.slug().equals(citing.slug())) {
				violate(CatalogueSeed.SOURCES, source.slug(), "citedBy",
						"'" + source.citedBy() + "' is not an article: only articles cite references");
			}
		}
	}

	private void checkCautions(Set<String> sources, Iterable<ExerciseSeed> exercises) {
		Set<String> referenced = new HashSet<>();
		exercises.forEach((exercise) -> referenced.addAll(exercise.cautions()));
		for (CautionSeed caution : this.seed.cautions()) {
			known(CatalogueSeed.CAUTIONS, caution.slug(), "sources", caution.sources(), sources, "source");
			if (!caution.general() && !referenced.contains(caution.slug())) {
				violate(CatalogueSeed.CAUTIONS, caution.slug(), "general",
						"is false, but no exercise lists this caution: make it general or attach it to an exercise");
			}
		}
	}

	private void checkExercise(ExerciseSeed exercise, Set<String> sources, Set<String> muscles,
			Map<String, CautionSeed> cautions, Map<String, ExerciseSeed> exercises) {
		String slug = exercise.slug();
		String file = CatalogueSeed.EXERCISES;
		if (exercise.goals().isEmpty() && !exercise.isSelfMassage()) {
			violate(file, slug, "goals", "is empty: an exercise needs at least one goal (only one whose technique is '"
					+ ExerciseSeed.SELF_MASSAGE + "' may have none)");
		}
		if (exercise.equipment().contains("none") && exercise.equipment().size() > 1) {
			violate(file, slug, "equipment", "combines 'none' with other equipment");
		}
		checkMuscles(exercise, muscles);
		known(file, slug, "cautions", exercise.cautions(), cautions.keySet(), "caution");
		for (int i = 0; i < exercise.cautions().size(); i++) {
			CautionSeed caution = cautions.get(exercise.cautions().get(i));
			if (caution != null && caution.general()) {
				violate(file, slug, "cautions[" + i + "]", "'" + caution.slug()
						+ "' is a general caution, which applies to every exercise already: remove it here");
			}
		}
		known(file, slug, "sources", exercise.sources(), sources, "source");
		checkDosages(exercise, sources);
		checkVariations(exercise, "easier", exercise.easier(), "harder", exercises);
		checkVariations(exercise, "harder", exercise.harder(), "easier", exercises);
		checkVariations(exercise, "alternatives", exercise.alternatives(), "alternatives", exercises);
	}

	private void checkMuscles(ExerciseSeed exercise, Set<String> muscles) {
		Set<String> seen = new HashSet<>();
		boolean primary = false;
		for (int i = 0; i < exercise.muscles().size(); i++) {
			TargetSeed target = exercise.muscles().get(i);
			String field = "muscles[" + i + "].muscle";
			if (!muscles.contains(target.muscle())) {
				violate(CatalogueSeed.EXERCISES, exercise.slug(), field, "unknown muscle '" + target.muscle() + "'");
			}
			else if (!seen.add(target.muscle())) {
				violate(CatalogueSeed.EXERCISES, exercise.slug(), field, "'" + target.muscle() + "' is listed twice");
			}
			primary |= "primary".equals(target.role());
		}
		if (!primary) {
			violate(CatalogueSeed.EXERCISES, exercise.slug(), "muscles", "has no primary muscle");
		}
	}

	private void checkDosages(ExerciseSeed exercise, Set<String> sources) {
		for (int i = 0; i < exercise.dosages().size(); i++) {
			DosageSeed dosage = exercise.dosages().get(i);
			String field = "dosages[" + i + "]";
			if (!sources.contains(dosage.source())) {
				violate(CatalogueSeed.EXERCISES, exercise.slug(), field + ".source",
						"unknown source '" + dosage.source() + "'");
			}
			else if (!exercise.sources().contains(dosage.source())) {
				violate(CatalogueSeed.EXERCISES, exercise.slug(), field + ".source",
						"'" + dosage.source() + "' is not among the exercise's sources");
			}
			range(exercise.slug(), field + ".sets", dosage.sets());
			range(exercise.slug(), field + ".reps", dosage.reps());
			range(exercise.slug(), field + ".holdSeconds", dosage.holdSeconds());
		}
	}

	private void range(String slug, String field, RangeSeed range) {
		if (range != null && range.min() > range.max()) {
			violate(CatalogueSeed.EXERCISES, slug, field, "min " + range.min() + " is above max " + range.max());
		}
	}

	// A variation must exist, differ from the exercise, and link back the other way
	// (easier <-> harder, alternative <-> alternative).
	private void checkVariations(ExerciseSeed exercise, String field, List<String> slugs, String inverse,
			Map<String, ExerciseSeed> exercises) {
		for (int i = 0; i < slugs.size(); i++) {
			String other = slugs.get(i);
			String at = field + "[" + i + "]";
			ExerciseSeed variation = exercises.get(other);
			if (other.equals(exercise.slug())) {
				violate(CatalogueSeed.EXERCISES, exercise.slug(), at, "points at the exercise itself");
			}
			else if (variation == null) {
				violate(CatalogueSeed.EXERCISES, exercise.slug(), at, "unknown exercise '" + other + "'");
			}
			else if (!linksOf(variation, inverse).contains(exercise.slug())) {
				violate(CatalogueSeed.EXERCISES, exercise.slug(), at,
						"'" + other + "' does not list '" + exercise.slug() + "' in its " + inverse);
			}
		}
	}

	// A cause is named by articles, and each of its links by one of them that describes
	// the exercise.
	private void checkCause(CauseSeed cause, Map<String, SourceSeed> sources, Map<String, ExerciseSeed> exercises) {
		String file = CatalogueSeed.CAUSES;
		for (int i = 0; i < cause.sources().size(); i++) {
			SourceSeed source = sources.get(cause.sources().get(i));
			if (source == null) {
				violate(file, cause.slug(), "sources[" + i + "]", "unknown source '" + cause.sources().get(i) + "'");
			}
			else if (source.citedBy() != null) {
				violate(file, cause.slug(), "sources[" + i + "]",
						"'" + source.slug() + "' is a reference: a cause names the articles that say it");
			}
		}
		Set<String> linked = new HashSet<>();
		for (int i = 0; i < cause.exercises().size(); i++) {
			CauseLinkSeed link = cause.exercises().get(i);
			String at = "exercises[" + i + "]";
			ExerciseSeed exercise = exercises.get(link.exercise());
			if (exercise == null) {
				violate(file, cause.slug(), at + ".exercise", "unknown exercise '" + link.exercise() + "'");
			}
			if (!sources.containsKey(link.source())) {
				violate(file, cause.slug(), at + ".source", "unknown source '" + link.source() + "'");
			}
			else if (!cause.sources().contains(link.source())) {
				violate(file, cause.slug(), at + ".source", "'" + link.source() + "' is not among the cause's sources");
			}
			else if (exercise != null && !exercise.sources().contains(link.source())) {
				violate(file, cause.slug(), at + ".source",
						"'" + link.source() + "' is not among the sources of exercise '" + link.exercise() + "'");
			}
			if (!linked.add(link.exercise() + " " + link.source())) {
				violate(file, cause.slug(), at,
						"links '" + link.exercise() + "' through '" + link.source() + "' a second time");
			}
		}
	}

	private static List<String> linksOf(ExerciseSeed exercise, String field) {
		return switch (field) {
			case "easier" -> exercise.easier();
			case "harder" -> exercise.harder();
			default -> exercise.alternatives();
		};
	}

	private void known(String file, String slug, String field, List<String> references, Set<String> known,
			String kind) {
		for (int i = 0; i < references.size(); i++) {
			if (!known.contains(references.get(i))) {
				violate(file, slug, field + "[" + i + "]", "unknown " + kind + " '" + references.get(i) + "'");
			}
		}
	}

	private void violate(String file, String entry, String field, String problem) {
		this.violations.add(new Violation(file, entry, field, problem));
	}

}
