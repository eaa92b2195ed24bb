package app.limber.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.ExerciseLink;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.exercise.ExerciseRef;
import app.limber.problem.BadParameterException;
import app.limber.routine.RoutinePlanner;
import app.limber.routine.RoutineQuery;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Plans programmes on one version of the catalogue. A session is the routine the
 * {@link RoutinePlanner} gives for its budget, filters and seed, so its link gives it
 * back by construction. A programme draws each week's sessions from a few routine queries
 * (two selections of each kind of session a week, their seeds drawn from the request's
 * seed and the week among {@value #SEEDS}), and the routines planned are kept, bounded,
 * for every later request: programmes whose seeds differ share most of their sessions,
 * and planning one costs a few look-ups (site page programmes.md).
 */
final class ProgrammePlanner {

	/** How many seeds each kind of session draws from. */
	static final int SEEDS = 16;

	/** The longest second session of a day. */
	static final int MOST_TWICE_A_DAY_MINUTES = 10;

	/** As an article writes how often to do an exercise that is done twice a day. */
	static final String TWICE_A_DAY = "twice a day";

	private static final Set<Goal> STRENGTH_GOALS = EnumSet.of(Goal.STRENGTHEN, Goal.STABILISE);

	private final Catalogue catalogue;

	private final RoutinePlanner routines;

	// The sessions of each kind of request, by the link of their filters before any
	// exercise is held back for the progression: that link names the filters in a fixed
	// order.
	private final Cache<String, Sessions> sessions;

	// The second sessions of the day, by their routine's link.
	private final Map<String, SessionPlan> secondSessions = new ConcurrentHashMap<>();

	// Indexed by the exercise's ordinal.
	private final ExerciseEntry[] exercises;

	private final ExerciseRef[] refs;

	private final BitSet twiceADay = new BitSet();

	private final List<String> twiceADaySources;

	// For each exercise, the exercises it is a harder variation of.
	private final int[][] bases;

	// The exercises that are a harder variation of another.
	private final BitSet harder = new BitSet();

	// The second session for each set of twice-a-day exercises and goals: few of either.
	private final Map<List<Object>, SessionPlan> twiceADayPlans = new ConcurrentHashMap<>();

	/**
	 * A planner for one catalogue.
	 * @param catalogue the catalogue
	 * @param mostKinds how many kinds of session (filters and budget) to keep the
	 * routines of for later requests: up to {@value #SEEDS} routines each, for each set
	 * of exercises held back
	 */
	ProgrammePlanner(Catalogue catalogue, int mostKinds) {
		this.catalogue = catalogue;
		this.routines = new RoutinePlanner(catalogue);
		this.sessions = Caffeine.newBuilder().maximumSize(mostKinds).executor(Runnable::run).build();
		List<ExerciseEntry> all = catalogue.exercises();
		this.exercises = all.toArray(ExerciseEntry[]::new);
		this.refs = all.stream().map(ExerciseRef::of).toArray(ExerciseRef[]::new);
		Set<String> sources = new TreeSet<>();
		List<Set<Integer>> bases = new ArrayList<>();
		all.forEach((exercise) -> bases.add(new TreeSet<>()));
		for (ExerciseEntry exercise : all) {
			for (DosageEntry dosage : exercise.dosages()) {
				if (dosage.frequency() != null && dosage.frequency().strip().equalsIgnoreCase(TWICE_A_DAY)) {
					this.twiceADay.set(exercise.ordinal());
					sources.add(dosage.source());
				}
			}
			// Either side of the link may name it.
			for (ExerciseLink easier : exercise.easier()) {
				catalogue.exercise(easier.slug())
					.ifPresent((base) -> bases.get(exercise.ordinal()).add(base.ordinal()));
			}
			for (ExerciseLink harder : exercise.harder()) {
				catalogue.exercise(harder.slug())
					.ifPresent((variation) -> bases.get(variation.ordinal()).add(exercise.ordinal()));
			}
		}
		this.twiceADaySources = List.copyOf(sources);
		this.bases = new int[all.size()][];
		for (int o = 0; o < all.size(); o++) {
			this.bases[o] = bases.get(o).stream().mapToInt(Integer::intValue).toArray();
			if (this.bases[o].length > 0) {
				this.harder.set(o);
			}
		}
	}

	/**
	 * Plans a programme: the same query always gives the same programme.
	 * @param query the request
	 * @return the plan
	 * @throws BadParameterException when the filters leave nothing by definition
	 */
	Plan plan(ProgrammeQuery query) {
		List<Goal> goals = goals(query.filter());
		boolean stretching = goals.contains(Goal.STRETCH);
		boolean strengthening = goals.stream().anyMatch(STRENGTH_GOALS::contains);
		int strengthDays = strengthening ? strengthDays(query.days(), query.start().getDayOfWeek()) : 0;
		Track strength = new Track(Kind.STRENGTH, query, query.filter().with(Filter.GOAL, goals.toArray(Goal[]::new)));
		Set<Goal> avoided = EnumSet.copyOf(STRENGTH_GOALS);
		avoided.addAll(query.filter().values(Filter.AVOID_GOAL, Goal.class));
		Track stretch = new Track(Kind.STRETCH, query,
				query.filter().with(Filter.GOAL, Goal.STRETCH).with(Filter.AVOID_GOAL, avoided.toArray(Goal[]::new)));
		Outcome outcome = new Outcome(this, query, goals);
		BitSet done = new BitSet();
		List<PlannedDay> days = new ArrayList<>(query.weeks() * 7);
		LocalDate date = query.start();
		for (int week = 1; week <= query.weeks(); week++) {
			BitSet allowed = allowedHarder(query, week, done);
			strength.avoid(allowed);
			stretch.avoid(allowed);
			BitSet doneThisWeek = new BitSet();
			int strengthSessions = 0;
			int stretchSessions = 0;
			for (int day = 0; day < 7; day++, date = date.plusDays(1)) {
				List<PlannedSession> sessions = new ArrayList<>(2);
				if (query.days().contains(date.getDayOfWeek())) {
					boolean strong = (strengthDays & (1 << date.getDayOfWeek().ordinal())) != 0;
					Track track = strong ? strength : stretching ? stretch : null;
					SessionPlan main = (track == null) ? null
							: track.plan(week, strong ? strengthSessions++ : stretchSessions++);
					if (main != null && main.size() > 0) {
						sessions.add(outcome.session(track.kind, main, week, date, done));
						BitSet twice = new BitSet();
						for (int i = 0; i < main.size(); i++) {
							doneThisWeek.set(main.ordinal(i));
							if (this.twiceADay.get(main.ordinal(i))) {
								twice.set(main.ordinal(i));
							}
						}
						if (!twice.isEmpty()) {
							SessionPlan second = this.twiceADayPlans.computeIfAbsent(List.of(twice, goals),
									(key) -> twiceADay(twice, goals));
							sessions.add(outcome.session(Kind.TWICE_A_DAY, second, week, date, done));
							outcome.twiceADay(twice, second);
						}
					}
					else if (main != null) {
						outcome.empty(track.kind, main);
					}
				}
				outcome.day(date, sessions, stretching && query.days().contains(date.getDayOfWeek()));
				days.add(new PlannedDay(date, week, List.copyOf(sessions)));
			}
			done.or(doneThisWeek);
		}
		outcome.progressionNotes(strength.pool(), strength.filter(), strengthening);
		return new Plan(query, days,
				Rules.of(query, goals, strengthDays,
						this.twiceADay.stream().mapToObj((o) -> this.exercises[o]).toList(), this.twiceADaySources,
						harderNames()),
				outcome.progressions(), outcome.cautions(), outcome.notes(strengthening, stretching, strengthDays));
	}

	// The goals the sessions cover: those asked for, else all three; none avoided.
	private static List<Goal> goals(ExerciseFilter filter) {
		List<Goal> asked = filter.values(Filter.GOAL, Goal.class);
		List<Goal> avoided = filter.values(Filter.AVOID_GOAL, Goal.class);
		List<Goal> goals = new ArrayList<>();
		for (Goal goal : Goal.values()) {
			if ((asked.isEmpty() || asked.contains(goal)) && !avoided.contains(goal)) {
				goals.add(goal);
			}
		}
		if (goals.isEmpty()) {
			throw new BadParameterException(Filter.AVOID_GOAL.value(),
					"Every goal the programme could serve is also avoided: remove one from 'avoid-goal' or add another to 'goal'.",
					List.of());
		}
		return goals;
	}

	/**
	 * The days of the week for strengthening, as bits of {@link DayOfWeek#ordinal()}: as
	 * many of the available days as leave a rest day between any two, across the end of a
	 * week too, up to three; of those, the most evenly spread, then those that come first
	 * from the start.
	 * @param available the days available
	 * @param first the day of the week of the start
	 * @return the days, as bits
	 */
	static int strengthDays(Set<DayOfWeek> available, DayOfWeek first) {
		int availableBits = 0;
		for (DayOfWeek day : available) {
			availableBits |= 1 << day.ordinal();
		}
		int best = 0;
		int bestGap = 0;
		int[] bestOffsets = new int[0];
		for (int days = 1; days < (1 << 7); days++) {
			int count = Integer.bitCount(days);
			if ((days & ~availableBits) != 0 || count > 3 || (days & rotate(days)) != 0) {
				continue;
			}
			int[] offsets = new int[count];
			int n = 0;
			for (int offset = 0; offset < 7; offset++) {
				if ((days & (1 << ((first.ordinal() + offset) % 7))) != 0) {
					offsets[n++] = offset;
				}
			}
			int gap = 7;
			for (int i = 0; i < count && count > 1; i++) {
				gap = Math.min(gap, (offsets[(i + 1) % count] - offsets[i] + 7) % 7);
			}
			boolean better = count > Integer.bitCount(best) || count == Integer.bitCount(best)
					&& (gap > bestGap || gap == bestGap && Arrays.compare(offsets, bestOffsets) < 0);
			if (better) {
				best = days;
				bestGap = gap;
				bestOffsets = offsets;
			}
		}
		return best;
	}

	// Each day moved to the next, Sunday to Monday.
	private static int rotate(int days) {
		return ((days << 1) | (days >>> 6)) & 0x7F;
	}

	// A harder variation may replace its base from the week after progress-after, once
	// the base has been done in an earlier week.
	private BitSet allowedHarder(ProgrammeQuery query, int week, BitSet done) {
		BitSet allowed = new BitSet();
		if (query.progressAfter() > 0 && week > query.progressAfter()) {
			for (int o = this.harder.nextSetBit(0); o >= 0; o = this.harder.nextSetBit(o + 1)) {
				for (int base : this.bases[o]) {
					if (done.get(base)) {
						allowed.set(o);
					}
				}
			}
		}
		return allowed;
	}

	// The second session of a day: just the exercises an article says to do twice a
	// day, in the shortest budget that holds them all.
	private SessionPlan twiceADay(BitSet exercises, List<Goal> goals) {
		List<Goal> served = new ArrayList<>();
		for (Goal goal : goals) {
			if (exercises.stream().allMatch((o) -> this.exercises[o].serves(goal))) {
				served.add(goal);
			}
		}
		if (served.isEmpty()) {
			goals.stream()
				.filter((goal) -> exercises.stream().anyMatch((o) -> this.exercises[o].serves(goal)))
				.forEach(served::add);
		}
		ExerciseFilter filter = ExerciseFilter.NONE.with(Filter.GOAL, served.toArray(Goal[]::new))
			.with(Filter.EXERCISE, exercises.stream().mapToObj((o) -> this.exercises[o].slug()).toList());
		SessionPlan best = null;
		for (int minutes = Math.max(1,
				(3 * exercises.cardinality() + 1) / 2); minutes <= MOST_TWICE_A_DAY_MINUTES; minutes++) {
			RoutineQuery query = new RoutineQuery(minutes, filter, 0);
			SessionPlan plan = this.secondSessions.computeIfAbsent(query.link(), (link) -> plan(query, link));
			if (plan.size() == exercises.cardinality()) {
				return plan;
			}
			if (best == null || plan.size() > best.size()) {
				best = plan;
			}
		}
		return best;
	}

	private SessionPlan plan(RoutineQuery query, String link) {
		return SessionPlan.of(query.minutes(), link, this.routines.plan(query), this.catalogue, this.harder);
	}

	private List<String> harderNames() {
		return this.harder.stream().mapToObj((o) -> this.exercises[o].name().toLowerCase(Locale.ROOT)).toList();
	}

	boolean isHarder(int ordinal) {
		return this.harder.get(ordinal);
	}

	// Read only.
	BitSet harder() {
		return this.harder;
	}

	int[] basesOf(int ordinal) {
		return this.bases[ordinal];
	}

	ExerciseRef ref(int ordinal) {
		return this.refs[ordinal];
	}

	ExerciseEntry exercise(int ordinal) {
		return this.exercises[ordinal];
	}

	Catalogue catalogue() {
		return this.catalogue;
	}

	/**
	 * What a session is for.
	 */
	enum Kind {

		/** Strengthening and stabilising, with stretching. */
		STRENGTH("strength"),

		/** Stretching alone. */
		STRETCH("stretch"),

		/** The exercises an article says to do twice a day, again. */
		TWICE_A_DAY("twice-a-day");

		private final String value;

		Kind(String value) {
			this.value = value;
		}

		String value() {
			return this.value;
		}

	}

	/**
	 * A programme as planned: what its JSON and its calendar show.
	 *
	 * @param query the request
	 * @param days every day, with its sessions
	 * @param rules the rules applied
	 * @param progressions the harder variations brought in
	 * @param cautions the cautions, once each, most serious first
	 * @param notes what could not be honoured
	 */
	record Plan(ProgrammeQuery query, List<PlannedDay> days, List<Programme.Rule> rules,
			List<Programme.Progression> progressions, List<CautionItem> cautions, List<String> notes) {
	}

	/**
	 * One day as planned.
	 *
	 * @param date the date
	 * @param week its week, from 1
	 * @param sessions its sessions, in order
	 */
	record PlannedDay(LocalDate date, int week, List<PlannedSession> sessions) {
	}

	/**
	 * One session as planned.
	 *
	 * @param kind what it is for
	 * @param plan its routine, summed up
	 */
	record PlannedSession(Kind kind, SessionPlan plan) {
	}

	/**
	 * The routines of one kind of session, kept for every request that asks for it: the
	 * exercises its filters admit, and for each set of exercises held back for the
	 * progression, the routine of each seed as it is first asked for.
	 */
	private final class Sessions {

		private final ExerciseFilter filter;

		// Only the exercises the filters admit are worth holding back.
		private final BitSet pool = new BitSet();

		private final Map<BitSet, Held> held = new ConcurrentHashMap<>();

		Sessions(ExerciseFilter filter) {
			this.filter = filter;
			ProgrammePlanner.this.catalogue.findAll(filter).forEach((exercise) -> this.pool.set(exercise.ordinal()));
		}

	}

	/**
	 * The routines of one kind of session with some exercises held back, by seed.
	 */
	private final class Held {

		private final int minutes;

		private final ExerciseFilter filter;

		private final String link;

		// Written as first planned: a routine is the same whichever request plans it.
		private final AtomicReferenceArray<SessionPlan> bySeed = new AtomicReferenceArray<>(SEEDS);

		Held(int minutes, ExerciseFilter filter) {
			this.minutes = minutes;
			this.filter = filter;
			this.link = RoutineQuery.linkBeforeSeed(minutes, filter);
		}

		SessionPlan plan(int seed) {
			SessionPlan plan = this.bySeed.get(seed);
			if (plan == null) {
				plan = (this.filter.has(Filter.EXERCISE)
						&& this.filter.values(Filter.AVOID_EXERCISE).containsAll(this.filter.values(Filter.EXERCISE)))
								// The request asked only for harder variations, not yet
								// due.
								? SessionPlan.empty(this.minutes, this.link + seed,
										"Every exercise 'exercise' asks for is a harder variation, held back until its "
												+ "base has been done: add a base to 'exercise'.")
								: ProgrammePlanner.this.plan(new RoutineQuery(this.minutes, this.filter, seed),
										this.link + seed);
				this.bySeed.set(seed, plan);
			}
			return plan;
		}

	}

	/**
	 * The sessions of one kind in a request: the routines kept for it, and those with the
	 * exercises held back this week.
	 */
	private final class Track {

		private final Kind kind;

		private final int minutes;

		private final int seed;

		private final Sessions sessions;

		private final ExerciseFilter filter;

		private final Set<String> avoidedByRequest;

		private Held current;

		Track(Kind kind, ProgrammeQuery query, ExerciseFilter filter) {
			this.kind = kind;
			this.minutes = query.minutes();
			this.seed = query.seed();
			this.filter = filter;
			this.avoidedByRequest = filter.values(Filter.AVOID_EXERCISE);
			this.sessions = ProgrammePlanner.this.sessions.get(RoutineQuery.linkBeforeSeed(this.minutes, filter),
					(link) -> new Sessions(filter));
		}

		// Holds back every harder variation not allowed yet, and the base of each that
		// is.
		void avoid(BitSet allowed) {
			BitSet held = new BitSet();
			BitSet harder = ProgrammePlanner.this.harder;
			for (int o = harder.nextSetBit(0); o >= 0; o = harder.nextSetBit(o + 1)) {
				if (!this.sessions.pool.get(o)) {
					continue;
				}
				if (!allowed.get(o)) {
					held.set(o);
				}
				else {
					for (int base : ProgrammePlanner.this.bases[o]) {
						held.set(base);
					}
				}
			}
			held.and(this.sessions.pool);
			this.current = this.sessions.held.computeIfAbsent(held, (exercises) -> {
				if (exercises.isEmpty()) {
					return new Held(this.minutes, this.filter);
				}
				Set<String> avoided = new LinkedHashSet<>(this.avoidedByRequest);
				exercises.stream().forEach((o) -> avoided.add(ProgrammePlanner.this.exercises[o].slug()));
				return new Held(this.minutes, this.filter.with(Filter.AVOID_EXERCISE, avoided));
			});
		}

		BitSet pool() {
			return this.sessions.pool;
		}

		ExerciseFilter filter() {
			return this.filter;
		}

		// Two selections a week, from seeds drawn from the request's and the week.
		SessionPlan plan(int week, int session) {
			return this.current.plan(seed(this.seed, week, this.kind.ordinal(), session % 2));
		}

	}

	/**
	 * The seed of one selection: drawn from the request's seed, the week and the kind of
	 * session among {@value #SEEDS}, the second selection of a week always another than
	 * the first.
	 * @param seed the request's seed
	 * @param week the week, from 1
	 * @param kind the kind of session
	 * @param selection 0 or 1
	 * @return the routine's seed
	 */
	static int seed(int seed, int week, int kind, int selection) {
		long mixed = mix(((long) seed << 8) ^ ((long) week << 2) ^ kind);
		int first = (int) Long.remainderUnsigned(mixed, SEEDS);
		return (selection == 0) ? first : (first + 1 + (int) Long.remainderUnsigned(mixed >>> 32, SEEDS - 1)) % SEEDS;
	}

	// SplitMix64's finaliser.
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
