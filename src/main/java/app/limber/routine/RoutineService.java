package app.limber.routine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.limber.caution.Caution;
import app.limber.caution.CautionRepository;
import app.limber.exercise.Difficulty;
import app.limber.exercise.Dosage;
import app.limber.exercise.Equipment;
import app.limber.exercise.Exercise;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseDetail.DosageItem;
import app.limber.exercise.ExerciseFilter;
import app.limber.exercise.ExerciseRepository;
import app.limber.exercise.ExerciseService;
import app.limber.exercise.ExerciseSort;
import app.limber.exercise.Position;
import app.limber.goal.Goal;
import app.limber.system.InvalidParameterException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a routine from the catalogue: picks exercises that match every filter and fit
 * the time budget, covering each goal asked for when the budget allows, then orders them
 * so the user moves from standing down to the floor, gentlest first within each position.
 */
@Service
@Transactional(readOnly = true)
class RoutineService {

	/** Standing, then seated and kneeling, then on the floor: no needless getting up. */
	static final List<Position> FLOW = List.of(Position.STANDING, Position.SEATED, Position.KNEELING,
			Position.ALL_FOURS, Position.LYING_ON_FRONT, Position.LYING_ON_SIDE, Position.LYING_ON_BACK);

	private static final Comparator<Exercise> ORDER = Comparator
		.comparing((Exercise exercise) -> FLOW.indexOf(exercise.getPosition()))
		.thenComparing(Exercise::getDifficulty)
		.thenComparing((exercise) -> !exercise.getGoals().contains(Goal.STRETCH))
		.thenComparing(Exercise::getSlug);

	private static final int ALL = 1000;

	private final ExerciseRepository exercises;

	private final ExerciseService exerciseService;

	private final CautionRepository cautions;

	RoutineService(ExerciseRepository exercises, ExerciseService exerciseService, CautionRepository cautions) {
		this.exercises = exercises;
		this.exerciseService = exerciseService;
		this.cautions = cautions;
	}

	Routine build(RoutineQuery query) {
		this.exerciseService.checkMuscles(query.muscle());
		List<Goal> goals = query.goal().isEmpty() ? List.of(Goal.values()) : query.goal().stream().sorted().toList();
		Set<Position> positions = positions(query);
		int budget = query.minutes() * 60;
		List<Planned> candidates = candidates(query, goals, positions);
		List<Planned> picked = pick(candidates, goals, budget, query.seed());
		picked.sort(Comparator.comparing(Planned::exercise, ORDER));
		String explanation = picked.isEmpty() ? explain(query, goals, positions, candidates) : null;
		List<Routine.Step> steps = new ArrayList<>();
		for (Planned planned : picked) {
			Exercise exercise = planned.exercise();
			Dosage dosage = exercise.getDosages().isEmpty() ? null : exercise.getDosages().get(0);
			steps.add(new Routine.Step(steps.size() + 1, exercise.getSlug(), exercise.getName(), exercise.getPosition(),
					List.copyOf(exercise.getSteps()), (dosage != null) ? DosageItem.of(dosage) : null,
					planned.prescription(), planned.seconds()));
		}
		return new Routine(query.minutes(), total(picked), goals, steps, cautions(picked), frequency(picked),
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

	private List<Planned> candidates(RoutineQuery query, List<Goal> goals, Set<Position> positions) {
		return find(goals, positions, query.equipment(), query.difficulty(), query.muscle()).stream()
			.filter((exercise) -> !query.avoidFloor() || !exercise.isOnFloor())
			.map((exercise) -> {
				Routine.Prescription prescription = Prescriptions.of(exercise);
				return new Planned(exercise, prescription, Prescriptions.seconds(prescription),
						score(query.seed(), exercise.getSlug()));
			})
			.sorted(Comparator.comparingLong(Planned::score).thenComparing((planned) -> planned.exercise().getSlug()))
			.toList();
	}

	private List<Exercise> find(List<Goal> goals, Set<Position> positions, List<Equipment> equipment,
			List<Difficulty> difficulties, List<String> muscles) {
		ExerciseFilter filter = new ExerciseFilter(Set.copyOf(goals), Set.copyOf(muscles), Set.of(), positions,
				Set.copyOf(equipment), Set.copyOf(difficulties), null);
		return this.exercises.search(filter, new ExerciseSort(ExerciseSort.Field.NAME, true), PageRequest.of(0, ALL))
			.getContent();
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
					|| related(planned.exercise(), candidate.exercise()));
	}

	private static boolean related(Exercise one, Exercise other) {
		return Stream.of(one.getEasier(), one.getHarder(), one.getAlternatives())
			.flatMap(List::stream)
			.anyMatch((variation) -> variation.getSlug().equals(other.getSlug()));
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

	private List<CautionItem> cautions(List<Planned> picked) {
		if (picked.isEmpty()) {
			return List.of();
		}
		List<CautionItem> general = this.cautions.findByGeneralTrue()
			.stream()
			.map(CautionItem::of)
			.sorted(CautionItem.MOST_SERIOUS_FIRST)
			.toList();
		Set<String> seen = new LinkedHashSet<>();
		List<CautionItem> specific = picked.stream()
			.flatMap((planned) -> planned.exercise().getCautions().stream())
			.filter((caution) -> seen.add(caution.getSlug()))
			.map(CautionItem::of)
			.sorted(CautionItem.MOST_SERIOUS_FIRST)
			.toList();
		return Stream.concat(general.stream(), specific.stream()).toList();
	}

	private static List<Routine.Frequency> frequency(List<Planned> picked) {
		Map<List<String>, List<String>> said = new LinkedHashMap<>();
		for (Planned planned : picked) {
			for (Dosage dosage : planned.exercise().getDosages()) {
				if (dosage.getFrequency() != null) {
					said.computeIfAbsent(List.of(dosage.getFrequency(), dosage.getSource().getSlug()),
							(key) -> new ArrayList<>())
						.add(planned.exercise().getSlug());
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
	private String explain(RoutineQuery query, List<Goal> goals, Set<Position> positions, List<Planned> candidates) {
		if (!candidates.isEmpty()) {
			Planned shortest = candidates.stream().min(Comparator.comparingInt(Planned::seconds)).orElseThrow();
			return "The shortest matching exercise, " + shortest.exercise().getName() + ", takes " + shortest.seconds()
					+ " s, more than " + query.minutes() + " minute" + ((query.minutes() == 1) ? "" : "s")
					+ ": allow at least " + ((shortest.seconds() + 59) / 60) + " minutes.";
		}
		String goalText = goals.stream().map(Goal::value).collect(Collectors.joining(" or "));
		Set<Position> all = EnumSet.allOf(Position.class);
		Map<String, List<Exercise>> alone = new LinkedHashMap<>();
		alone.put("position/avoid-position", find(goals, positions, List.of(), List.of(), List.of()));
		alone.put("equipment", find(goals, all, query.equipment(), List.of(), List.of()));
		alone.put("difficulty", find(goals, all, List.of(), query.difficulty(), List.of()));
		alone.put("muscle", find(goals, all, List.of(), List.of(), query.muscle()));
		alone.put("avoid-floor",
				find(goals, all, List.of(), List.of(), List.of()).stream()
					.filter((exercise) -> !query.avoidFloor() || !exercise.isOnFloor())
					.toList());
		for (Map.Entry<String, List<Exercise>> entry : alone.entrySet()) {
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
	record Planned(Exercise exercise, Routine.Prescription prescription, int seconds, long score) {

		boolean serves(Goal goal) {
			return this.exercise.getGoals().contains(goal);
		}

	}

}
