package app.limber.programme;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.limber.problem.BadParameterException;
import app.limber.web.QueryBinder;
import app.limber.web.QueryParameter;
import app.limber.web.QueryString;

import org.springframework.stereotype.Component;

/**
 * Reads the parameters of {@code /programmes.ics} into a {@link CalendarQuery}: those of
 * a programme ({@link ProgrammeQueryBinder}), the time of day and the time zone.
 */
@Component
class CalendarQueryBinder implements QueryBinder<CalendarQuery> {

	/** After waking up, one of the times article 003 suggests for stretching. */
	static final LocalTime DEFAULT_TIME = LocalTime.of(7, 30);

	static final QueryParameter TIME = QueryParameter.time("time", DEFAULT_TIME,
			"Local time of each day's first session, HH:MM on a 24-hour clock: the same every day, as article 003 "
					+ "advises (\"schedule a specific time each day\"). A second session of the day comes 12 hours "
					+ "later, or as late as the day allows.");

	static final QueryParameter TZ = QueryParameter.text("tz", 64,
			"IANA time zone of the sessions, such as `Europe/Oslo`: the calendar then defines it (VTIMEZONE) and each "
					+ "session keeps its local time across daylight saving changes. Without it, sessions are at "
					+ "floating local times, wherever the calendar is.",
			"Europe/Oslo");

	// Asked once: the JDK makes a new set of some 600 names on every call.
	private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

	private final ProgrammeQueryBinder programmes;

	CalendarQueryBinder(ProgrammeQueryBinder programmes) {
		this.programmes = programmes;
	}

	@Override
	public Class<CalendarQuery> type() {
		return CalendarQuery.class;
	}

	@Override
	public List<QueryParameter> parameters(Set<String> pathVariables) {
		List<QueryParameter> parameters = new ArrayList<>(this.programmes.parameters(pathVariables));
		parameters.add(TIME);
		parameters.add(TZ);
		return parameters;
	}

	@Override
	public CalendarQuery bind(QueryString query, Set<String> pathVariables) {
		ProgrammeQuery programme = this.programmes.bind(query, pathVariables);
		LocalTime time = TIME.time(query);
		String tz = TZ.text(query);
		ZoneId zone = null;
		if (tz != null && !tz.isBlank()) {
			String id = tz.strip();
			if (!ZONES.contains(id)) {
				throw BadParameterException.notValid(TZ.name(), tz,
						"an IANA time zone such as Europe/Oslo or America/New_York");
			}
			zone = ZoneId.of(id);
		}
		return new CalendarQuery(programme, time, zone);
	}

}
