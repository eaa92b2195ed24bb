package app.limber.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.catalogue.wire.Goal;
import app.limber.exercise.ExerciseDetail.CautionItem;

/**
 * What a programme adds up to as its sessions are planned: its sessions' cautions, the
 * progressions, and what it could not honour.
 */
final class Outcome {

	private final ProgrammePlanner planner;

	private final ProgrammeQuery query;

	private final List<Goal> goals;

	private final Map<SessionPlan, Boolean> seen = new IdentityHashMap<>();

	// By slug: each routine's cautions are the catalogue's own, shared, in order.
	private final Map<String, CautionItem> cautions = new LinkedHashMap<>();

	private final Set<String> notes = new LinkedHashSet<>();

	private final List<Programme.Progression> progressions = new ArrayList<>();

	private final BitSet progressed = new BitSet();

	private final Set<ProgrammePlanner.Kind> empty = EnumSet.noneOf(ProgrammePlanner.Kind.class);

	private int daysWithoutStretch;

	Outcome(ProgrammePlanner planner, ProgrammeQuery query, List<Goal> goals) {
		this.planner = planner;
		this.query = query;
		this.goals = goals;
	}

	ProgrammePlanner.PlannedSession session(ProgrammePlanner.Kind kind, SessionPlan plan, int week, LocalDate date,
			BitSet done) {
		if (this.seen.put(plan, Boolean.TRUE) == null) {
			for (CautionItem caution : plan.cautions()) {
				this.cautions.putIfAbsent(caution.slug(), caution);
			}
			for (String note : plan.notes()) {
				this.notes.add(label(kind) + note);
			}
		}
		for (int i = 0; plan.hasHarder() && i < plan.size(); i++) {
			int o = plan.ordinal(i);
			if (this.planner.isHarder(o) && !this.progressed.get(o)) {
				this.progressed.set(o);
				int replaced = this.planner.basesOf(o)[0];
				for (int base : this.planner.basesOf(o)) {
					if (done.get(base)) {
						replaced = base;
						break;
					}
				}
				this.progressions
					.add(new Programme.Progression(week, date, this.planner.ref(o), this.planner.ref(replaced)));
			}
		}
		return new ProgrammePlanner.PlannedSession(kind, plan);
	}

	void empty(ProgrammePlanner.Kind kind, SessionPlan plan) {
		if (this.empty.add(kind)) {
			this.notes.add(label(kind) + "no session could be planned. " + plan.explanation());
		}
	}

	void twiceADay(BitSet exercises, SessionPlan second) {
		if (second.size() < exercises.cardinality()) {
			this.notes.add("Twice-a-day exercises: the second session of the day could not hold them all in "
					+ ProgrammePlanner.MOST_TWICE_A_DAY_MINUTES + " minutes.");
		}
	}

	void day(LocalDate date, List<ProgrammePlanner.PlannedSession> sessions, boolean stretchWanted) {
		if (!stretchWanted) {
			return;
		}
		for (ProgrammePlanner.PlannedSession session : sessions) {
			for (int i = 0; i < session.plan().size(); i++) {
				if (this.planner.exercise(session.plan().ordinal(i)).serves(Goal.STRETCH)) {
					return;
				}
			}
		}
		this.daysWithoutStretch++;
	}

	// Why no harder variation came in when one could have.
	void progressionNotes(BitSet strength, ExerciseFilter filter, boolean strengthening) {
		int after = this.query.progressAfter();
		if (!strengthening || after == 0 || after >= this.query.weeks() || !this.progressions.isEmpty()) {
			return;
		}
		BitSet harder = this.planner.harder();
		boolean baseInPool = false;
		boolean harderInPool = false;
		for (int o = harder.nextSetBit(0); o >= 0; o = harder.nextSetBit(o + 1)) {
			for (int base : this.planner.basesOf(o)) {
				if (strength.get(base)) {
					baseInPool = true;
					harderInPool |= strength.get(o);
				}
			}
		}
		if (baseInPool && !harderInPool) {
			this.notes.add("No harder variation can replace its base: the filters leave every one out"
					+ relaxing(filter) + ".");
		}
		else if (harderInPool) {
			this.notes.add("No harder variation came in: one replaces its base only once the base has been done, "
					+ "and no session before week " + (after + 1) + " had a base that has one.");
		}
	}

	// The filter whose relaxing would let a harder variation in.
	private String relaxing(ExerciseFilter filter) {
		for (Filter given : filter.given()) {
			if (given == Filter.GOAL) {
				continue;
			}
			for (ExerciseEntry exercise : this.planner.catalogue().findAll(filter.without(given))) {
				if (this.planner.isHarder(exercise.ordinal())) {
					return ": relax '" + given.value() + "' to progress";
				}
			}
		}
		return "";
	}

	List<Programme.Progression> progressions() {
		return List.copyOf(this.progressions);
	}

	List<CautionItem> cautions() {
		List<CautionItem> sorted = new ArrayList<>(this.cautions.values());
		sorted.sort(Comparator.comparingInt((CautionItem caution) -> -caution.severity().ordinal()));
		return List.copyOf(sorted);
	}

	List<String> notes(boolean strengthening, boolean stretching, int strengthDays) {
		List<String> notes = new ArrayList<>();
		if (!stretching) {
			notes.add("Stretching on every day you can exercise (articles 000 and 003) is left out: 'goal' does "
					+ "not ask for stretch, or 'avoid-goal' avoids it.");
		}
		if (!strengthening) {
			notes.add("Strengthening and stabilising 2–3 times a week (article 002) is left out: 'goal' asks for "
					+ "neither strengthen nor stabilise, or 'avoid-goal' avoids both.");
		}
		else if (Integer.bitCount(strengthDays) < 2) {
			notes.add("Strengthening and stabilising 2–3 times a week with a rest day between (article 002) needs "
					+ "two days that are not next to each other: 'days' leaves room for "
					+ Integer.bitCount(strengthDays) + " a week. Add a day to 'days' that is not next to "
					+ Rules.weekdays(strengthDays) + ".");
		}
		if (this.daysWithoutStretch > 0) {
			notes.add("Stretching on every day you can exercise: " + this.daysWithoutStretch + " day"
					+ ((this.daysWithoutStretch == 1) ? " has" : "s have")
					+ " no stretch, as the session had no room for one: allow more 'minutes'.");
		}
		notes.addAll(this.notes);
		return List.copyOf(notes);
	}

	private static String label(ProgrammePlanner.Kind kind) {
		return switch (kind) {
			case STRENGTH -> "Strength days: ";
			case STRETCH -> "Stretching days: ";
			case TWICE_A_DAY -> "Twice-a-day sessions: ";
		};
	}

}
