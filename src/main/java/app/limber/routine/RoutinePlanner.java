package app.limber.routine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.ExerciseLink;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.wire.WireValue;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseDetail.DosageItem;
import app.limber.problem.BadParameterException;

/**
 * Plans routines on one version of the catalogue. Everything that does not depend on the
 * request (each exercise's prescriptions from least to most, its family of variations,
 * how gentle it is) is worked out once here; a request then costs one filter over the
 * catalogue's bit sets and arithmetic over a few arrays.
 * <p>
 * A plan is made in four moves: choose one exercise per family of variations, each goal
 * first, about one per two minutes asked for; raise every exercise evenly within its
 * article's ranges; repeat the sequence in as few rounds as fill at least 90% of the
 * budget, resting up to a minute between rounds; order it gentlest first, getting down to
 * the floor once per round.
 */
public final class RoutinePlanner {

	/** The most distinct exercises in one routine. */
	static final int MAX_EXERCISES = 10;

	/** Standing, then seated and kneeling, then on the floor: no needless getting up. */
	static final List<Position> FLOW = List.of(Position.STANDING, Position.SEATED, Position.KNEELING,
			Position.ALL_FOURS, Position.LYING_ON_FRONT, Position.LYING_ON_SIDE, Position.LYING_ON_BACK);

	private static final int T = Prescriptions.TRANSITION_SECONDS;

	private final Catalogue catalogue;

	// Indexed by the exercise's ordinal.
	private final ExerciseEntry[] exercises;

	private final List<Routine.Prescription>[] ladders;

	private final int[][] seconds;

	private final List<Routine.Interval>[][] work;

	private final DosageItem[] dosages;

	private final int[] family;

	private final int[] gentleness;

	private final int[] goalBits;

	private final long[] slugHash;

	private final Map<CautionEntry, CautionItem> cautionItems = new IdentityHashMap<>();

	private final List<CautionItem> generalCautions;

	/**
	 * Works out everything about a catalogue that does not depend on the request.
	 * @param catalogue the catalogue to plan on
	 */
	@SuppressWarnings("unchecked")
	public RoutinePlanner(Catalogue catalogue) {
		this.catalogue = catalogue;
		List<ExerciseEntry> all = catalogue.exercises();
		int size = all.size();
		this.exercises = all.toArray(ExerciseEntry[]::new);
		this.ladders = new List[size];
		this.seconds = new int[size][];
		this.work = new List[size][];
		this.dosages = new DosageItem[size];
		this.gentleness = new int[size];
		this.goalBits = new int[size];
		this.slugHash = new long[size];
		for (ExerciseEntry exercise : all) {
			int o = exercise.ordinal();
			List<Routine.Prescription> ladder = Prescriptions.ladder(exercise);
			this.ladders[o] = ladder;
			this.seconds[o] = ladder.stream().mapToInt(Prescriptions::seconds).toArray();
			this.work[o] = ladder.stream().map(Prescriptions::work).toArray(List[]::new);
			this.dosages[o] = DosageItem.of(exercise.dosage());
			// Beginner before harder; a stretch before a movement that works the muscles.
			this.gentleness[o] = exercise.difficulty().ordinal() * 2 + (exercise.serves(Goal.STRETCH) ? 0 : 1);
			for (Goal goal : exercise.goals()) {
				this.goalBits[o] |= 1 << goal.ordinal();
			}
			this.slugHash[o] = exercise.slug().hashCode();
			exercise.cautions().forEach((caution) -> this.cautionItems.computeIfAbsent(caution, CautionItem::of));
		}
		this.family = families(all);
		this.generalCautions = catalogue.generalCautions().stream().map(CautionItem::of).toList();
	}

	// Exercises linked as easier, harder or alternative, directly or through another,
	// are one family: a routine has at most one of each.
	private static int[] families(List<ExerciseEntry> all) {
		int[] parent = new int[all.size()];
		Arrays.setAll(parent, (i) -> i);
		Map<String, Integer> ordinals = new HashMap<>();
		all.forEach((exercise) -> ordinals.put(exercise.slug(), exercise.ordinal()));
		for (ExerciseEntry exercise : all) {
			for (List<ExerciseLink> links : List.of(exercise.easier(), exercise.harder(), exercise.alternatives())) {
				for (ExerciseLink link : links) {
					Integer other = ordinals.get(link.slug());
					if (other != null) {
						parent[root(parent, exercise.ordinal())] = root(parent, other);
					}
				}
			}
		}
		int[] family = new int[all.size()];
		Arrays.setAll(family, (i) -> root(parent, i));
		return family;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			i = parent[i];
		}
		return i;
	}

	/**
	 * How many distinct exercises a budget calls for: about one per two minutes, at least
	 * one and at most {@value #MAX_EXERCISES}.
	 * @param minutes the budget
	 * @return the number to aim for
	 */
	static int target(int minutes) {
		return Math.min(MAX_EXERCISES, Math.max(1, Math.round(minutes / 2f)));
	}

	/**
	 * The fewest distinct exercises a budget may have: one per three minutes.
	 * @param minutes the budget
	 * @return the lower bound
	 */
	static int least(int minutes) {
		return Math.min(MAX_EXERCISES, Math.max(1, (minutes + 2) / 3));
	}

	/**
	 * The most distinct exercises a budget may have: one per minute and a half.
	 * @param minutes the budget
	 * @return the upper bound
	 */
	static int most(int minutes) {
		return Math.min(MAX_EXERCISES, Math.max(1, minutes * 2 / 3));
	}

	// The numbers of exercises to try, in turn: the target, then one fewer, one more and
	// so on within the bounds, then fewer than the bounds.
	private static int[] counts(int minutes) {
		int target = target(minutes);
		int least = least(minutes);
		int most = most(minutes);
		int[] counts = new int[most];
		int n = 0;
		counts[n++] = target;
		for (int distance = 1; target - distance >= least || target + distance <= most; distance++) {
			if (target - distance >= least) {
				counts[n++] = target - distance;
			}
			if (target + distance <= most) {
				counts[n++] = target + distance;
			}
		}
		for (int count = least - 1; count >= 1; count--) {
			counts[n++] = count;
		}
		return counts;
	}

	/**
	 * Plans a routine: the same query always gives the same routine.
	 * @param query the budget, the filters and the seed
	 * @return the routine, empty with an explanation when nothing matches or fits
	 * @throws BadParameterException when the filters leave nothing by definition
	 */
	public Routine plan(RoutineQuery query) {
		checkPositions(query.filter());
		checkGoalsAndExercises(query.filter());
		List<Goal> goals = query.goals();
		ExerciseFilter filter = query.filter().with(Filter.GOAL, goals.toArray(Goal[]::new));
		int budget = query.minutes() * 60;
		int[] pool = matching(filter);
		if (pool.length == 0) {
			return empty(query, goals, Explanations.noMatch(this, filter, goals));
		}
		int shortest = Integer.MAX_VALUE;
		int shortestOrdinal = pool[0];
		for (int o : pool) {
			if (this.seconds[o][0] < shortest) {
				shortest = this.seconds[o][0];
				shortestOrdinal = o;
			}
		}
		if (shortest > budget) {
			return empty(query, goals,
					Explanations.tooShort(this.exercises[shortestOrdinal].name(), shortest, query.minutes()));
		}
		int asked = 0;
		for (Goal goal : goals) {
			asked |= 1 << goal.ordinal();
		}
		int[] order = seeded(pool, query.seed());
		int[] chosen = null;
		Fill fill = null;
		int target = target(query.minutes());
		// The target number of exercises first, then one fewer, one more and so on within
		// the bounds, until a selection fills 90%: a few long exercises may leave a gap
		// no round can fill. Failing that, fewer exercises in more rounds.
		int[] counts = counts(query.minutes());
		for (int pass = 0; pass < 2 && (fill == null || !fills(fill, budget)); pass++) {
			for (int count : counts) {
				int[] trial = choose(order, goals, asked, budget, count);
				if (trial.length < count && fill != null) {
					continue;
				}
				Fill filled = improved(trial, order, (pass == 0) ? asked : 0, budget);
				if (fill == null || filled.total() > fill.total() && (pass == 0 || fills(filled, budget))) {
					chosen = filled.chosen();
					fill = filled;
				}
				if (fills(fill, budget)) {
					break;
				}
			}
		}
		int[] sequence = sequence(chosen, fill.levels());
		List<Routine.Step> steps = steps(sequence, fill);
		return new Routine(query.minutes(), fill.total, fill.rounds, goals, steps, cautions(chosen),
				frequency(sequence), null, notes(query.minutes(), filter, goals, asked, pool, chosen, fill));
	}

	private static boolean fills(Fill fill, int budget) {
		return fill.total() * 10L >= budget * 9L;
	}

	// The selection's fill, or, when that falls short of 90%, the best one with one
	// exercise replaced by another that covers as many of the goals asked for (any
	// other, when no goals are to be kept: the budget comes before a goal).
	private Fill improved(int[] chosen, int[] order, int keep, int budget) {
		Fill fill = fill(chosen, budget);
		for (int slot = 0; slot < chosen.length && !fills(fill, budget); slot++) {
			for (int o : order) {
				int[] trial = swapped(fill.chosen(), slot, o, keep);
				Fill better = (trial != null) ? fill(trial, budget) : null;
				if (better != null && better.total() > fill.total()) {
					fill = better;
				}
			}
		}
		return fill;
	}

	private Routine empty(RoutineQuery query, List<Goal> goals, String explanation) {
		return new Routine(query.minutes(), 0, 0, goals, List.of(), List.of(), List.of(), explanation, List.of());
	}

	// A routine may leave no position to use by definition: that is a bad request, not
	// an empty routine.
	private static void checkPositions(ExerciseFilter filter) {
		Set<String> positions = new HashSet<>(
				filter.has(Filter.POSITION) ? filter.values(Filter.POSITION) : WireValue.allowed(Position.class));
		positions.removeAll(filter.values(Filter.AVOID_POSITION));
		if (positions.isEmpty()) {
			throw new BadParameterException(Filter.AVOID_POSITION.value(),
					"Every position the routine could use is also avoided: remove one from 'avoid-position' or add another to 'position'.",
					List.of());
		}
	}

	// Likewise every goal, or every exercise asked for, may also be avoided.
	private static void checkGoalsAndExercises(ExerciseFilter filter) {
		Set<String> goals = new HashSet<>(
				filter.has(Filter.GOAL) ? filter.values(Filter.GOAL) : WireValue.allowed(Goal.class));
		goals.removeAll(filter.values(Filter.AVOID_GOAL));
		if (goals.isEmpty()) {
			throw new BadParameterException(Filter.AVOID_GOAL.value(),
					"Every goal the routine could serve is also avoided: remove one from 'avoid-goal' or add another to 'goal'.",
					List.of());
		}
		if (filter.has(Filter.EXERCISE)
				&& filter.values(Filter.AVOID_EXERCISE).containsAll(filter.values(Filter.EXERCISE))) {
			throw new BadParameterException(Filter.AVOID_EXERCISE.value(),
					"Every exercise asked for in 'exercise' is also avoided: remove one from 'avoid-exercise'.",
					List.of());
		}
	}

	/**
	 * The exercises that pass a filter, by ordinal.
	 */
	int[] matching(ExerciseFilter filter) {
		List<ExerciseEntry> found = this.catalogue.findAll(filter);
		int[] ordinals = new int[found.size()];
		for (int i = 0; i < ordinals.length; i++) {
			ordinals[i] = found.get(i).ordinal();
		}
		return ordinals;
	}

	// The pool in the seed's order: a hash of seed and slug, so a catalogue change moves
	// only the exercises it touches.
	private int[] seeded(int[] pool, int seed) {
		long[] keys = new long[pool.length];
		for (int i = 0; i < pool.length; i++) {
			long mixed = mix(seed * 0x9E3779B97F4A7C15L ^ this.slugHash[pool[i]]);
			keys[i] = (mixed & ~0xFFFFL) | pool[i];
		}
		Arrays.sort(keys);
		int[] order = new int[pool.length];
		for (int i = 0; i < keys.length; i++) {
			order[i] = (int) (keys[i] & 0xFFFF);
		}
		return order;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return z ^ (z >>> 33);
	}

	// Each goal first (the exercise covering most of the goals still missing when there
	// are fewer places than goals), leaving room for the shortest exercise of every goal
	// after it; then round the goals again until the target is reached. Never two of one
	// family; never more than the budget at the lowest prescriptions.
	private int[] choose(int[] order, List<Goal> goals, int asked, int budget, int target) {
		int[] shortestFor = new int[Goal.values().length];
		Arrays.fill(shortestFor, Integer.MAX_VALUE / 4);
		for (int o : order) {
			for (Goal goal : goals) {
				if (serves(o, goal)) {
					shortestFor[goal.ordinal()] = Math.min(shortestFor[goal.ordinal()], this.seconds[o][0]);
				}
			}
		}
		int[] chosen = new int[target];
		int count = 0;
		int used = 0;
		int covered = 0;
		for (Goal goal : goals) {
			if (count == target) {
				break;
			}
			if ((covered & (1 << goal.ordinal())) != 0) {
				continue;
			}
			boolean scarce = target - count < Integer.bitCount(asked & ~covered);
			int best = -1;
			int bestCover = 0;
			for (int o : order) {
				if (!serves(o, goal) || taken(chosen, count, o)) {
					continue;
				}
				int after = used + ((count > 0) ? T : 0) + this.seconds[o][0];
				int missing = asked & ~covered & ~this.goalBits[o];
				for (Goal later : goals) {
					if ((missing & (1 << later.ordinal())) != 0) {
						after += T + shortestFor[later.ordinal()];
					}
				}
				if (after > budget) {
					continue;
				}
				int cover = Integer.bitCount(this.goalBits[o] & asked & ~covered);
				if (cover > bestCover) {
					best = o;
					bestCover = cover;
				}
				if (!scarce) {
					break;
				}
			}
			if (best >= 0) {
				used += ((count > 0) ? T : 0) + this.seconds[best][0];
				covered |= this.goalBits[best];
				chosen[count++] = best;
			}
		}
		boolean added = true;
		while (added && count < target) {
			added = false;
			for (Goal goal : goals) {
				for (int o : order) {
					if (count < target && serves(o, goal) && !taken(chosen, count, o)
							&& used + ((count > 0) ? T : 0) + this.seconds[o][0] <= budget) {
						used += ((count > 0) ? T : 0) + this.seconds[o][0];
						chosen[count++] = o;
						added = true;
						break;
					}
				}
			}
		}
		return Arrays.copyOf(chosen, count);
	}

	private boolean serves(int o, Goal goal) {
		return (this.goalBits[o] & (1 << goal.ordinal())) != 0;
	}

	private boolean taken(int[] chosen, int count, int o) {
		for (int i = 0; i < count; i++) {
			if (this.family[chosen[i]] == this.family[o]) {
				return true;
			}
		}
		return false;
	}

	// The selection with one exercise replaced, if the replacement is of a family not
	// yet there and no goal the selection covered is lost.
	private int[] swapped(int[] chosen, int slot, int o, int asked) {
		int before = 0;
		int after = this.goalBits[o];
		for (int i = 0; i < chosen.length; i++) {
			before |= this.goalBits[chosen[i]];
			if (i != slot) {
				after |= this.goalBits[chosen[i]];
				if (this.family[chosen[i]] == this.family[o]) {
					return null;
				}
			}
		}
		if (chosen[slot] == o || Integer.bitCount(after & asked) < Integer.bitCount(before & asked)) {
			return null;
		}
		int[] trial = chosen.clone();
		trial[slot] = o;
		return trial;
	}

	/**
	 * How a selection fills the budget.
	 *
	 * @param chosen the exercises, by ordinal
	 * @param rounds how many times the sequence is done
	 * @param levels each exercise's place on its ladder, in selection order
	 * @param roundRest the rest before each round after the first
	 * @param total the routine's length
	 */
	private record Fill(int[] chosen, int rounds, int[] levels, int[] roundRest, int total) {
	}

	// Fewest rounds first: as many as it takes to fill 90% once every exercise is raised
	// as far as its article allows. Whatever the exercises leave goes to the rests
	// between rounds, in 5-second steps up to a minute.
	private Fill fill(int[] chosen, int budget) {
		int k = chosen.length;
		int lowest = 0;
		int highest = 0;
		for (int o : chosen) {
			lowest += this.seconds[o][0];
			highest += this.seconds[o][this.seconds[o].length - 1];
		}
		int[] levels = new int[k];
		int[] bestLevels = null;
		int bestRounds = 0;
		int bestTotal = -1;
		int bestExercise = 0;
		for (int rounds = 1;; rounds++) {
			int overhead = rounds * (k - 1) * T + (rounds - 1) * T;
			if (rounds * lowest + overhead > budget) {
				break;
			}
			int cap = (budget - overhead) / rounds;
			int perRound = (highest <= cap) ? top(chosen, levels, highest) : raise(chosen, levels, lowest, cap);
			int exercise = overhead + rounds * perRound;
			int total = exercise + rest(budget - exercise, rounds - 1, null);
			if (total > bestTotal) {
				bestLevels = levels.clone();
				bestRounds = rounds;
				bestTotal = total;
				bestExercise = exercise;
			}
			if (total * 10L >= budget * 9L) {
				break;
			}
		}
		if (bestLevels == null) {
			return null;
		}
		int[] rest = new int[bestRounds - 1];
		rest(budget - bestExercise, rest.length, rest);
		return new Fill(chosen, bestRounds, bestLevels, rest, bestTotal);
	}

	// Shares what the exercises leave among the rests between rounds, each a transition
	// and up to a minute in all, in 5-second steps; returns how much of it they take.
	private static int rest(int left, int gaps, int[] rest) {
		int taken = 0;
		for (int gap = 0; gap < gaps; gap++) {
			int extra = Math.min(Prescriptions.MAX_ROUND_REST_SECONDS - T, (left - taken) / (gaps - gap));
			extra -= (T + extra) % 5;
			taken += extra;
			if (rest != null) {
				rest[gap] = T + extra;
			}
		}
		return taken;
	}

	private int top(int[] chosen, int[] levels, int highest) {
		for (int i = 0; i < chosen.length; i++) {
			levels[i] = this.seconds[chosen[i]].length - 1;
		}
		return highest;
	}

	// Raises every exercise one step at a time, in turn, while the round still fits.
	private int raise(int[] chosen, int[] levels, int sum, int cap) {
		Arrays.fill(levels, 0);
		boolean raised = true;
		while (raised) {
			raised = false;
			for (int i = 0; i < chosen.length; i++) {
				int[] ladder = this.seconds[chosen[i]];
				if (levels[i] + 1 < ladder.length && sum - ladder[levels[i]] + ladder[levels[i] + 1] <= cap) {
					sum += ladder[levels[i] + 1] - ladder[levels[i]];
					levels[i]++;
					raised = true;
				}
			}
		}
		return sum;
	}

	// The order to do them in, as pairs of ordinal and level: off the floor or on it as
	// two blocks, each position together, the gentlest block, position and exercise
	// first.
	private int[] sequence(int[] chosen, int[] levels) {
		int k = chosen.length;
		long[] keys = new long[k];
		for (int i = 0; i < k; i++) {
			int o = chosen[i];
			int block = this.exercises[o].onFloor() ? 1 : 0;
			int group = block * 8 + FLOW.indexOf(this.exercises[o].position());
			int blockGentlest = Integer.MAX_VALUE;
			int groupGentlest = Integer.MAX_VALUE;
			for (int other : chosen) {
				int otherBlock = this.exercises[other].onFloor() ? 1 : 0;
				if (otherBlock == block) {
					blockGentlest = Math.min(blockGentlest, this.gentleness[other]);
					if (FLOW.indexOf(this.exercises[other].position()) == group % 8) {
						groupGentlest = Math.min(groupGentlest, this.gentleness[other]);
					}
				}
			}
			keys[i] = ((long) blockGentlest << 56) | ((long) block << 52) | ((long) groupGentlest << 44)
					| ((long) group << 36) | ((long) this.gentleness[o] << 28) | ((long) o << 8) | i;
		}
		Arrays.sort(keys);
		int[] sequence = new int[k * 2];
		for (int i = 0; i < k; i++) {
			int index = (int) (keys[i] & 0xFF);
			sequence[i * 2] = chosen[index];
			sequence[i * 2 + 1] = levels[index];
		}
		return sequence;
	}

	private List<Routine.Step> steps(int[] sequence, Fill fill) {
		int k = sequence.length / 2;
		List<Routine.Step> steps = new ArrayList<>(k * fill.rounds);
		for (int round = 1; round <= fill.rounds; round++) {
			for (int i = 0; i < k; i++) {
				int o = sequence[i * 2];
				int level = sequence[i * 2 + 1];
				ExerciseEntry exercise = this.exercises[o];
				List<Routine.Interval> work = this.work[o][level];
				int lead = (i > 0) ? T : (round > 1) ? fill.roundRest[round - 2] : 0;
				List<Routine.Interval> timeline = work;
				if (lead > 0) {
					List<Routine.Interval> led = new ArrayList<>(work.size() + 1);
					led.add((i > 0) ? Routine.Interval.transition(lead) : Routine.Interval.rest(lead));
					led.addAll(work);
					timeline = led;
				}
				steps.add(new Routine.Step(steps.size() + 1, round, exercise.slug(), exercise.name(),
						exercise.position(), exercise.steps(), this.dosages[o], this.ladders[o].get(level),
						lead + this.seconds[o][level], timeline));
			}
		}
		return steps;
	}

	private List<CautionItem> cautions(int[] chosen) {
		List<CautionEntry> specific = new ArrayList<>();
		for (int o : chosen) {
			for (CautionEntry caution : this.exercises[o].cautions()) {
				if (!specific.contains(caution)) {
					specific.add(caution);
				}
			}
		}
		specific.sort(CautionEntry.MOST_SERIOUS_FIRST);
		List<CautionItem> cautions = new ArrayList<>(this.generalCautions.size() + specific.size());
		cautions.addAll(this.generalCautions);
		specific.forEach((caution) -> cautions.add(this.cautionItems.get(caution)));
		return cautions;
	}

	private List<Routine.Frequency> frequency(int[] sequence) {
		Map<List<String>, List<String>> said = new LinkedHashMap<>();
		for (int i = 0; i < sequence.length; i += 2) {
			ExerciseEntry exercise = this.exercises[sequence[i]];
			for (DosageEntry dosage : exercise.dosages()) {
				if (dosage.frequency() != null) {
					said.computeIfAbsent(List.of(dosage.frequency(), dosage.source()), (key) -> new ArrayList<>())
						.add(exercise.slug());
				}
			}
		}
		List<Routine.Frequency> frequency = new ArrayList<>(said.size());
		said.forEach((key, exercises) -> frequency
			.add(new Routine.Frequency(key.get(0), key.get(1), List.copyOf(exercises))));
		return frequency;
	}

	private List<String> notes(int minutes, ExerciseFilter filter, List<Goal> goals, int asked, int[] pool,
			int[] chosen, Fill fill) {
		int covered = 0;
		for (int o : chosen) {
			covered |= this.goalBits[o];
		}
		int matched = 0;
		int families = 0;
		for (int i = 0; i < pool.length; i++) {
			matched |= this.goalBits[pool[i]];
			boolean first = true;
			for (int j = 0; j < i && first; j++) {
				first = this.family[pool[j]] != this.family[pool[i]];
			}
			families += first ? 1 : 0;
		}
		if ((asked & ~covered) == 0 && families >= target(minutes)) {
			return List.of();
		}
		List<String> notes = new ArrayList<>();
		for (Goal goal : goals) {
			int bit = 1 << goal.ordinal();
			if ((covered & bit) == 0) {
				notes.add(((matched & bit) == 0) ? "No " + goal.value() + " exercise matches these filters."
						: "No " + goal.value() + " exercise fits in " + minutes + " minute"
								+ ((minutes == 1) ? "" : "s")
								+ " with the others and still fills the time: allow more minutes to include one.");
			}
		}
		if (families < target(minutes)) {
			notes.add("Only " + families + " different exercise" + ((families == 1) ? " matches" : "s match")
					+ " these filters: the routine repeats its exercises in " + fill.rounds() + " round"
					+ ((fill.rounds() == 1) ? "" : "s") + ".");
		}
		if ((asked & ~matched) != 0 || families < target(minutes)) {
			Explanations.Relaxed relaxed = Explanations.mostAdded(this, filter, pool.length);
			if (relaxed != null) {
				notes.add("Relaxing '" + relaxed.parameter() + "' would add the most exercises: " + relaxed.added()
						+ " more match without it.");
			}
		}
		return notes;
	}

}
