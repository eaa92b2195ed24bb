package app.limber.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import app.limber.catalogue.model.ExerciseFilter;
import app.limber.web.FilterParameters;

/**
 * A request for a programme, as {@link ProgrammeQueryBinder} read it.
 *
 * @param start the first day
 * @param weeks how many weeks of seven days from {@code start}
 * @param minutes the time budget of each session
 * @param days the days of the week the person can exercise on
 * @param filter the filters every session's exercises pass, as routines take them
 * @param seed picks another, reproducible programme
 * @param progressAfter how many weeks before a harder variation may replace its base; 0
 * for never
 * @param progressAfterGiven whether the request gave {@code progress-after}, rather than
 * the planner's default
 */
record ProgrammeQuery(LocalDate start, int weeks, int minutes, Set<DayOfWeek> days, ExerciseFilter filter, int seed,
		int progressAfter, boolean progressAfterGiven) {

	static final int MAX_WEEKS = 12;

	static final int DEFAULT_WEEKS = 4;

	/**
	 * No article says how long to practise the foundational movements before the harder
	 * variations: two weeks is the planner's choice, and the answer says so.
	 */
	static final int DEFAULT_PROGRESS_AFTER = 2;

	/**
	 * The query string that asks for this programme, every parameter written out in a
	 * fixed order: the same programme always has the same one.
	 * @return {@code start=…&weeks=…&…&progress-after=…}
	 */
	String queryString() {
		StringBuilder query = new StringBuilder(128).append("start=")
			.append(this.start)
			.append("&weeks=")
			.append(this.weeks)
			.append("&minutes=")
			.append(this.minutes)
			.append("&days=");
		this.days.stream()
			.sorted()
			.forEach((day) -> query.append(ProgrammeQueryBinder.WEEKDAYS.get(day.ordinal())).append(','));
		query.setLength(query.length() - 1);
		query.append('&');
		FilterParameters.appendTo(query, this.filter, null);
		return query.append("seed=").append(this.seed).append("&progress-after=").append(this.progressAfter).toString();
	}

	/**
	 * The last day of the last week.
	 * @return the date
	 */
	LocalDate end() {
		return this.start.plusDays(7L * this.weeks - 1);
	}

}
