package app.limber.programme;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import app.limber.catalogue.wire.Severity;
import app.limber.exercise.ExerciseDetail.CautionItem;
import app.limber.programme.ProgrammePlanner.Kind;
import app.limber.programme.ProgrammePlanner.Plan;
import app.limber.programme.ProgrammePlanner.PlannedDay;
import app.limber.programme.ProgrammePlanner.PlannedSession;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A programme as an RFC 5545 calendar, built with ical4j: one event per session, at the
 * same time every day, with the session's exercises and their dosage, the {@code stop}
 * cautions first, a link to the session's routine and a reminder.
 */
final class ProgrammeCalendar {

	/**
	 * How often a subscribed calendar should look for changes, and how long caches may
	 * keep it: a programme changes only with the catalogue.
	 */
	static final Duration REFRESH = Duration.ofDays(1);

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final ProdId PRODUCT = new ProdId("-//Limber//Programmes//EN");

	private static final String STOP = "Stop cautions (in full in the calendar's description):\n";

	private ProgrammeCalendar() {
	}

	/**
	 * The calendar of a programme.
	 * @param plan the programme
	 * @param query the request, with the time and the zone
	 * @param origin scheme, host and port the request came to, for absolute links
	 * @return the calendar as UTF-8 text
	 */
	static byte[] write(Plan plan, CalendarQuery query, String origin) {
		ProgrammeQuery programme = plan.query();
		ZoneDefinition.Registry registry = (query.zone() != null) ? new ZoneDefinition.Registry(query.zone()) : null;
		ParameterList zoned = (query.zone() != null) ? new ParameterList(List.of(new TzId(query.zone().getId())))
				: new ParameterList();
		// Deterministic, so that the same request gives the same bytes (and tag): the
		// start of the programme, when what the events say takes effect.
		DtStamp stamp = new DtStamp(programme.start().atStartOfDay(ZoneOffset.UTC).toInstant());
		String uidSuffix = "-" + identity(query) + "@limber";
		Map<SessionPlan, Parts> parts = new IdentityHashMap<>();
		List<CalendarComponent> components = new ArrayList<>(plan.days().size() * 2 + 1);
		if (query.zone() != null) {
			components.add(ZoneDefinition.of(query.zone(), programme.start(), programme.end()));
		}
		for (PlannedDay day : plan.days()) {
			LocalDateTime start = day.date().atTime(query.time());
			List<PlannedSession> sessions = day.sessions();
			for (int i = 0; i < sessions.size(); i++) {
				PlannedSession session = sessions.get(i);
				Parts shared = parts.computeIfAbsent(session.plan(), (key) -> new Parts(session, origin));
				if (i > 0) {
					start = later(day.date().atTime(query.time()), sessions.get(0).plan(), session.plan());
				}
				DtStart<LocalDateTime> dtStart = new DtStart<>(zoned, start);
				if (registry != null) {
					dtStart.setTimeZoneRegistry(registry);
				}
				components.add(new VEvent(
						new PropertyList(List.of(new Uid(DAY.format(day.date()) + "-" + (i + 1) + uidSuffix), stamp,
								dtStart, shared.duration, shared.summary, shared.description, shared.url)),
						new ComponentList<>(List.of(shared.alarm))));
			}
		}
		List<Property> properties = new ArrayList<>(
				List.of(PRODUCT, ImmutableVersion.VERSION_2_0, ImmutableCalScale.GREGORIAN, new Name(title(programme)),
						new XProperty("X-WR-CALNAME", title(programme)), new Description(description(plan)),
						new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH),
						new XProperty("X-PUBLISHED-TTL", "P" + REFRESH.toDays() + "D"),
						new Source(new ParameterList(List.of(Value.URI)), origin + query.link())));
		if (query.zone() != null) {
			properties.add(new XProperty("X-WR-TIMEZONE", query.zone().getId()));
		}
		// About 1.3 KB an event.
		return CalendarWriter.write(new Calendar(new PropertyList(properties), new ComponentList<>(components)),
				8192 + components.size() * 1400);
	}

	// A day's second session: twelve hours after the first, or as late as the day
	// allows, and never before the first has ended.
	private static LocalDateTime later(LocalDateTime first, SessionPlan firstPlan, SessionPlan plan) {
		LocalDateTime twelveHours = first.plusHours(Rules.HOURS_TO_SECOND_SESSION);
		LocalDateTime midnight = first.toLocalDate().plusDays(1).atStartOfDay();
		LocalDateTime latest = midnight.minusMinutes(minutes(plan.totalSeconds()));
		LocalDateTime firstEnds = first.plusMinutes(minutes(firstPlan.totalSeconds()));
		LocalDateTime start = twelveHours.isAfter(latest) ? latest.withMinute(latest.getMinute() / 5 * 5) : twelveHours;
		return start.isBefore(firstEnds) ? firstEnds : start;
	}

	private static long minutes(int seconds) {
		return (seconds + 59) / 60;
	}

	private static String title(ProgrammeQuery programme) {
		return "Limber: " + programme.weeks() + " week" + ((programme.weeks() == 1) ? "" : "s") + " from "
				+ programme.start();
	}

	// The rules, then the stop cautions in full.
	private static String description(Plan plan) {
		StringBuilder text = new StringBuilder(2048);
		for (Programme.Rule rule : plan.rules()) {
			text.append(rule.text()).append('\n');
		}
		for (CautionItem caution : plan.cautions()) {
			if (caution.severity() == Severity.STOP) {
				text.append('\n').append(caution.title()).append(": ").append(caution.text());
			}
		}
		return text.toString().strip();
	}

	// The same request, whatever order its parameters came in, has the same events;
	// another request has others.
	private static String identity(CalendarQuery query) {
		byte[] canonical = query.link().getBytes(StandardCharsets.UTF_8);
		CRC32C crc32c = new CRC32C();
		crc32c.update(canonical);
		CRC32 crc32 = new CRC32();
		crc32.update(canonical);
		return HexFormat.of().toHexDigits((crc32c.getValue() << 32) | crc32.getValue());
	}

	/**
	 * What every event of one session shares, made once per calendar.
	 */
	private static final class Parts {

		private final net.fortuna.ical4j.model.property.Duration duration;

		private final Summary summary;

		private final Description description;

		private final Url url;

		private final VAlarm alarm;

		Parts(PlannedSession session, String origin) {
			SessionPlan plan = session.plan();
			this.duration = new net.fortuna.ical4j.model.property.Duration(Duration.ofSeconds(plan.totalSeconds()));
			String summary = summary(session.kind(), plan);
			this.summary = new Summary(summary);
			String link = origin + plan.link();
			this.description = new Description(description(plan, link));
			this.url = new Url(URI.create(link));
			this.alarm = new VAlarm(new PropertyList(
					List.of(ImmutableAction.DISPLAY, new Trigger(Duration.ofMinutes(-Rules.REMINDER_MINUTES)),
							new Description(summary + " in " + Rules.REMINDER_MINUTES + " minutes"))));
		}

		private static String summary(Kind kind, SessionPlan plan) {
			String what = switch (kind) {
				case STRENGTH -> "strengthening";
				case STRETCH -> "stretching";
				case TWICE_A_DAY -> "twice-a-day exercises";
			};
			return "Limber: " + what + ", " + plan.minutes() + " min";
		}

		// The stop cautions first (in full in the calendar's description), then each
		// exercise with its dosage, then the link.
		private static String description(SessionPlan plan, String link) {
			StringBuilder text = new StringBuilder(768);
			for (CautionItem caution : plan.cautions()) {
				if (caution.severity() == Severity.STOP) {
					text.append((text.length() == 0) ? STOP : "").append("- ").append(caution.title()).append('\n');
				}
			}
			text.append((text.length() > 0) ? "\n" : "");
			for (int i = 0; i < plan.size(); i++) {
				text.append(i + 1)
					.append(". ")
					.append(plan.exercises().get(i).name())
					.append(": ")
					.append(plan.dosages().get(i))
					.append('\n');
			}
			if (plan.rounds() > 1) {
				text.append("Do the whole sequence ").append(plan.rounds()).append(" times, resting between rounds.\n");
			}
			return text.append("\nWith a timer: ").append(link).toString();
		}

	}

}
