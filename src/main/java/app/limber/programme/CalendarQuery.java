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

}
