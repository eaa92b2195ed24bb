package app.limber.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.Filter;
import app.limber.problem.BadParameterException;
import app.limber.routine.RoutineQueryBinder;
import app.limber.web.FilterParameters;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import app.limber.web.QueryString;

import org.springframework.stereotype.Component;

/**
 * Reads the parameters of {@code /programmes} into a {@link ProgrammeQuery}: the start,
 * the weeks, the minutes of each session and the days available, every filter routines
 * take (read by {@link RoutineQueryBinder#filter}, as a session is a routine), the seed
 * and when to progress.
 */
@Component
class ProgrammeQueryBinder implements QueryBinder<ProgrammeQuery> {

	/** The days of the week as the contract spells them, Monday first. */
	static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	static final QueryParameter START = QueryParameter
		.date("start", "The first day of the programme, as YYYY-MM-DD.", "2027-03-01")
		.asRequired();

	static final QueryParameter WEEKS = QueryParameter
		.whole("weeks", 1, ProgrammeQuery.MAX_WEEKS, ProgrammeQuery.DEFAULT_WEEKS,
				"How many weeks of seven days, from `start`: the programme lists every day of them.")
		.example(4);

	static final QueryParameter MINUTES = RoutineQueryBinder.MINUTES
		.describedAs("Minutes of each session: a session is the routine for this budget and never takes longer. "
				+ "Ten by default, as article 000 advises (\"even ten minutes a day\").");

	static final QueryParameter DAYS = QueryParameter
		.list("days", WEEKDAYS,
				"The days of the week you can exercise on: repeat for several. Every day by default; "
						+ "the others are rest days.",
				"mon")
		.byDefault(WEEKDAYS);

	static final QueryParameter SEED = RoutineQueryBinder.SEED.describedAs(
			"Any whole number: another, reproducible programme. The same request always gives the same programme.");

	static final QueryParameter PROGRESS_AFTER = QueryParameter
		.whole("progress-after", 0, ProgrammeQuery.MAX_WEEKS, ProgrammeQuery.DEFAULT_PROGRESS_AFTER,
				"How many weeks of foundational movements before a harder variation (such as the banded glute "
						+ "bridge) may replace its base, and only once the base has been done; 0 for never. No "
						+ "article gives this number: the default is the planner's choice, and the answer says so.")
		.example(2);

	private static final List<Filter> FILTERS = Filter.taken(true);

	private final RoutineQueryBinder routines;

	ProgrammeQueryBinder(RoutineQueryBinder routines) {
		this.routines = routines;
	}

	@Override
	public Class<ProgrammeQuery> type() {
		return ProgrammeQuery.class;
	}

	@Override
	public List<QueryParameter> parameters(Set<String> pathVariables) {
		List<QueryParameter> parameters = new ArrayList<>(List.of(START, WEEKS, MINUTES, DAYS));
		parameters.addAll(FilterParameters.of(FILTERS));
		parameters.add(SEED);
		parameters.add(PROGRESS_AFTER);
		return parameters;
	}

	@Override
	public ProgrammeQuery bind(QueryString query, Set<String> pathVariables) {
		LocalDate start = START.date(query);
		int weeks = WEEKS.whole(query);
		if (start.plusDays(7L * ProgrammeQuery.MAX_WEEKS).getYear() > 9999) {
			throw new BadParameterException(START.name(), "'start' must be a date before 9999-10-01.", List.of());
		}
		int minutes = MINUTES.whole(query);
		Set<DayOfWeek> days = days(query);
		ExerciseFilter filter = this.routines.filter(query);
		int seed = SEED.whole(query);
		int progressAfter = PROGRESS_AFTER.whole(query);
		return new ProgrammeQuery(start, weeks, minutes, days, filter, seed, progressAfter,
				query.given(PROGRESS_AFTER.name()));
	}

	private static Set<DayOfWeek> days(QueryString query) {
		if (!query.has(DAYS.name())) {
			return EnumSet.allOf(DayOfWeek.class);
		}
		List<String> given = DAYS.items(query, null);
		if (given.isEmpty()) {
			throw new BadParameterException(DAYS.name(),
					"'days' needs at least one day of the week: leave it out for every day.", WEEKDAYS);
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : given) {
			days.add(DayOfWeek.of(WEEKDAYS.indexOf(day) + 1));
		}
		return days;
	}

}
