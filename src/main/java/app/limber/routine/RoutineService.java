package app.limber.routine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.limber.catalogue.Catalogue;
import app.limber.catalogue.CautionEntry;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.DosageEntry;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.ExerciseEntry;
import app.limber.catalogue.ExerciseFilter;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;
import app.limber.catalogue.ReadModel;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseDetail.DosageItem;
import app.limber.exercise.ExerciseService;
import app.limber.system.InvalidParameterException;

import org.springframework.stereotype.Service;

/**
 * Builds a routine from the catalogue: picks exercises that match every filter and fit
 * the time budget, covering each goal asked for when the budget allows, then orders them
 * so the user moves from standing down to the floor, gentlest first within each position.
 */
@Service
class RoutineService {

	/** Standing, then seated and kneeling, then on the floor: no needless getting up. */
	static final List<Position> FLOW = List.of(Position.STANDING, Position.SEATED, Position.KNEELING,
			Position.ALL_FOURS, Position.LYING_ON_FRONT, Position.LYING_ON_SIDE, Position.LYING_ON_BACK);

	private static final Comparator<ExerciseEntry> ORDER = Comparator
		.comparing((ExerciseEntry exercise) -> FLOW.indexOf(exercise.position()))
		.thenComparing(ExerciseEntry::difficulty)
		.thenComparing((exercise) -> !exercise.serves(Goal.STRETCH))
		.thenComparing(ExerciseEntry::slug);

	private final ReadModel readModel;

	RoutineService(ReadModel readModel) {
		this.readModel = readModel;
	}

	Routine build(RoutineQuery query) {
		Catalogue catalogue = this.readModel.current();
		ExerciseService.checkMuscles(catalogue, query.muscle());
		List<Goal> goals = query.goal().isEmpty() ? List.of(Goal.values()) : query.goal().stream().sorted().toList();
		Set<Position> positions = positions(query);
		int budget = query.minutes() * 60;
		List<Planned> candidates = candidates(catalogue, query, goals, positions);
		List<Planned> picked = pick(candidates, goals, budget, query.seed());
		picked.sort(Comparator.comparing(Planned::exercise, ORDER));
		String explanation = picked.isEmpty() ? explain(catalogue, query, goals, positions, candidates) : null;
		List<Routine.Step> steps = new ArrayList<>();
		for (Planned planned : picked) {
			ExerciseEntry exercise = planned.exercise();
			DosageEntry dosage = exercise.dosage();
			steps.add(new Routine.Step(steps.size() + 1, exercise.slug(), exercise.name(), exercise.position(),
					exercise.steps(), (dosage != null) ? DosageItem.of(dosage) : null, planned.prescription(),
					planned.seconds()));
		}
		return new Routine(query.minutes(), total(picked), goals, steps, cautions(catalogue, picked), frequency(picked),
				explanation, picked.isEmpty() ? List.of() : notes(goals, candidates, picked));
	}

	private static Set<Position> positions(RoutineQuery query) {
		Set<Position> positions = query.position().isEmpty() ? EnumSet.allOf(Position.class)
				: EnumSet.copyOf(query.position());
		query.avoidPosition().forEach(positions::remove);
		if (positions.isEmpty()) {
			throw new InvalidParameterException("avoid-position",
					"Every position the routine could use is also avoided: remove one from 'avoid-position' or add another to 'position'.",
					List.of());
		}
		return positions;
	}

	private static List<Planned> candidates(Catalogue catalogue, RoutineQuery query, List<Goal> goals,
			Set<Position> positions) {
		return find(catalogue, goals, positions, query.equipment(), query.difficulty(), query.muscle()).stream()
			.filter((exercise) -> !query.avoidFloor() || !exercise.onFloor())
			.map((exercise) -> {
				Routine.Prescription prescription = Prescriptions.of(exercise);
				return new Planned(exercise, prescription, Prescriptions.seconds(prescription),
						score(query.seed(), exercise.slug()));
			})
			.sorted(Comparator.comparingLong(Planned::score).thenComparing((planned) -> planned.exercise().slug()))
			.toList();
	}

	private static List<ExerciseEntry> find(Catalogue catalogue, List<Goal> goals, Set<Position> positions,
			List<Equipment> equipment, List<Difficulty> difficulties, List<String> muscles) {
		return catalogue.findAll(new ExerciseFilter(Set.copyOf(goals), Set.copyOf(muscles), Set.of(), positions,
				Set.copyOf(equipment), Set.copyOf(difficulties), null));
	}

	// A first round gives each goal its best-scored exercise that still leaves room for
	// the shortest exercise of every goal after it; later rounds go round the goals
	// adding whatever still fits. Never an exercise twice, nor a variation of one picked.
	private static List<Planned> pick(List<Planned> candidates, List<Goal> goals, int budget, int seed) {
		List<Planned> picked = new ArrayList<>();
		for (int g = 0; g < goals.size(); g++) {
			List<Goal> later = goals.subList(g + 1, goals.size());
			Goal goal = goals.get(g);
			if (covered(picked, goal)) {
				continue;
			}
			candidates.stream()
				.filter((candidate) -> candidate.serves(goal) && available(candidate, picked))
				.filter((candidate) -> {
					List<Planned> trial = with(picked, candidate);
					return total(trial) + shortestFor(later, candidates, trial) <= budget;
				})
				.findFirst()
				.ifPresent(picked::add);
		}
		boolean added = true;
		while (added) {
			added = false;
			for (Goal goal : goals) {
				Planned next = candidates.stream()
					.filter((candidate) -> candidate.serves(goal) && available(candidate, picked))
					.filter((candidate) -> total(with(picked, candidate)) <= budget)
					.findFirst()
					.orElse(null);
				if (next != null) {
					picked.add(next);
					added = true;
				}
			}
		}
		return picked;
	}

	private static boolean covered(List<Planned> picked, Goal goal) {
		return picked.stream().anyMatch((planned) -> planned.serves(goal));
	}

	private static boolean available(Planned candidate, List<Planned> picked) {
		return picked.stream()
			.noneMatch((planned) -> planned.exercise() == candidate.exercise()
					|| planned.exercise().isVariationOf(candidate.exercise()));
	}

	// The time the goals still to cover need at least, with a transition before each.
	private static int shortestFor(List<Goal> goals, List<Planned> candidates, List<Planned> picked) {
		int needed = 0;
		for (Goal goal : goals) {
			if (covered(picked, goal)) {
				continue;
			}
			int shortest = candidates.stream()
				.filter((candidate) -> candidate.serves(goal) && available(candidate, picked))
				.mapToInt(Planned::seconds)
				.min()
				.orElse(0);
			needed += (shortest > 0) ? shortest + Prescriptions.TRANSITION_SECONDS : 0;
		}
		return needed;
	}

	private static List<Planned> with(List<Planned> picked, Planned candidate) {
		List<Planned> trial = new ArrayList<>(picked);
		trial.add(candidate);
		return trial;
	}

	static int total(List<Planned> picked) {
		int exercises = picked.stream().mapToInt(Planned::seconds).sum();
		return exercises + Math.max(picked.size() - 1, 0) * Prescriptions.TRANSITION_SECONDS;
	}

	private static long score(int seed, String slug) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ slug.hashCode()).nextLong();
	}

	private static List<CautionItem> cautions(Catalogue catalogue, List<Planned> picked) {
		if (picked.isEmpty()) {
			return List.of();
		}
		List<CautionItem> general = catalogue.generalCautions().stream().map(CautionItem::of).toList();
		List<CautionItem> specific = picked.stream()
			.flatMap((planned) -> planned.exercise().cautions().stream())
			.distinct()
			.sorted(CautionEntry.MOST_SERIOUS_FIRST)
			.map(CautionItem::of)
			.toList();
		return Stream.concat(general.stream(), specific.stream()).toList();
	}

	private static List<Routine.Frequency> frequency(List<Planned> picked) {
		Map<List<String>, List<String>> said = new LinkedHashMap<>();
		for (Planned planned : picked) {
			for (DosageEntry dosage : planned.exercise().dosages()) {
				if (dosage.frequency() != null) {
					said.computeIfAbsent(List.of(dosage.frequency(), dosage.source()), (key) -> new ArrayList<>())
						.add(planned.exercise().slug());
				}
			}
		}
		return said.entrySet()
			.stream()
			.map((entry) -> new Routine.Frequency(entry.getKey().get(0), entry.getKey().get(1),
					List.copyOf(entry.getValue())))
			.toList();
	}

	private static List<String> notes(List<Goal> goals, List<Planned> candidates, List<Planned> picked) {
		List<String> notes = new ArrayList<>();
		for (Goal goal : goals) {
			if (covered(picked, goal)) {
				continue;
			}
			boolean any = candidates.stream().anyMatch((candidate) -> candidate.serves(goal));
			notes.add(any ? "No " + goal.value() + " exercise fits in the time left: allow more minutes to add one."
					: "No " + goal.value() + " exercise matches these filters.");
		}
		return notes;
	}

	// Names the filter that left nothing: the first one that on its own, with the goals,
	// matches no exercise; else the combination; else the budget.
	private static String explain(Catalogue catalogue, RoutineQuery query, List<Goal> goals, Set<Position> positions,
			List<Planned> candidates) {
		if (!candidates.isEmpty()) {
			Planned shortest = candidates.stream().min(Comparator.comparingInt(Planned::seconds)).orElseThrow();
			return "The shortest matching exercise, " + shortest.exercise().name() + ", takes " + shortest.seconds()
					+ " s, more than " + query.minutes() + " minute" + ((query.minutes() == 1) ? "" : "s")
					+ ": allow at least " + ((shortest.seconds() + 59) / 60) + " minutes.";
		}
		String goalText = goals.stream().map(Goal::value).collect(Collectors.joining(" or "));
		Set<Position> all = EnumSet.allOf(Position.class);
		Map<String, List<ExerciseEntry>> alone = new LinkedHashMap<>();
		alone.put("position/avoid-position", find(catalogue, goals, positions, List.of(), List.of(), List.of()));
		alone.put("equipment", find(catalogue, goals, all, query.equipment(), List.of(), List.of()));
		alone.put("difficulty", find(catalogue, goals, all, List.of(), query.difficulty(), List.of()));
		alone.put("muscle", find(catalogue, goals, all, List.of(), List.of(), query.muscle()));
		alone.put("avoid-floor",
				find(catalogue, goals, all, List.of(), List.of(), List.of()).stream()
					.filter((exercise) -> !query.avoidFloor() || !exercise.onFloor())
					.toList());
		for (Map.Entry<String, List<ExerciseEntry>> entry : alone.entrySet()) {
			if (entry.getValue().isEmpty()) {
				return "No " + goalText + " exercise matches '" + entry.getKey()
						+ "' on its own: change that filter to get a routine.";
			}
		}
		return "Each filter matches some " + goalText
				+ " exercise, but no exercise matches all of them together: relax one of the filters.";
	}

	/**
	 * A candidate exercise with what it would take in this session.
	 */
	record Planned(ExerciseEntry exercise, Routine.Prescription prescription, int seconds, long score) {

		boolean serves(Goal goal) {
			return this.exercise.serves(goal);
		}

	}

}
