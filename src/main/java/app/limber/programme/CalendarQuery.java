package app.limber.programme;

import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A request for a programme's calendar feed, as {@link CalendarQueryBinder} read it.
 *
 * @param programme the programme
 * @param time the local time of each day's first session
 * @param zone the time zone of the sessions, or {@code null} for floating local times
 */
record CalendarQuery(ProgrammeQuery programme, LocalTime time, @Nullable ZoneId zone) {

	/** Where the calendar is answered. */
	static final String PATH = "/api/v1/programmes.ics";

	/**
	 * The relative link that gives this calendar, every parameter written out in a fixed
	 * order.
	 * @return {@code /api/v1/programmes.ics?start=…&…&time=…}
	 */
	String link() {
		return PATH + "?" + this.programme.queryString() + "&time=" + this.time
				+ ((this.zone != null) ? "&tz=" + this.zone.getId() : "");
	}

}
