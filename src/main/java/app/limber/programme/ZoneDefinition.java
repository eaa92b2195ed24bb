package app.limber.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Month;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A time zone as a calendar defines it (VTIMEZONE), made from the JDK's own rules for the
 * zone asked for. Made here rather than taken from ical4j's registry, which answers some
 * zones with the zone they link to in the tz database (Europe/Oslo came back as
 * Europe/Berlin, a name the events do not use, which readers reject), and may fetch
 * definitions over the network: here the TZID is exactly the zone asked for.
 * <p>
 * Where the zone has kept the same yearly rules since before the programme (every zone
 * today), the definition is those rules, as RRULEs from their first year, as most
 * calendars publish zones: readers that look for the observance in force today (ical4j
 * does) find it, whenever the programme is. Otherwise (a programme in the past, or a rule
 * an RRULE cannot say), each change of offset around the programme is written with its
 * date.
 */
final class ZoneDefinition {

	private ZoneDefinition() {
	}

	/**
	 * The VTIMEZONE for a zone, good for some days.
	 * @param zone the zone
	 * @param first the first day
	 * @param last the last day
	 * @return the component, its TZID the zone's id
	 */
	static VTimeZone of(ZoneId zone, LocalDate first, LocalDate last) {
		ZoneRules rules = zone.getRules();
		Instant from = first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant until = last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<ZoneOffsetTransition> fixed = rules.getTransitions();
		ZoneOffsetTransition lastFixed = fixed.isEmpty() ? null : fixed.get(fixed.size() - 1);
		boolean yearly = (lastFixed == null || lastFixed.getInstant().isBefore(from))
				&& rules.getTransitionRules().stream().allMatch(ZoneDefinition::sayable);
		List<Observance> observances = yearly ? yearly(rules, lastFixed) : dated(rules, from, until);
		return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
	}

	// The zone's offsets since its last change of rules.
	private static List<Observance> yearly(ZoneRules rules, ZoneOffsetTransition lastFixed) {
		List<Observance> observances = new ArrayList<>();
		if (rules.getTransitionRules().isEmpty()) {
			// One offset since the last change, or ever.
			observances.add((lastFixed != null) ? dated(rules, lastFixed) : unchanging(rules.getOffset(Instant.EPOCH)));
			return observances;
		}
		int year = (lastFixed != null) ? LocalDateTime.ofInstant(lastFixed.getInstant(), ZoneOffset.UTC).getYear()
				: 1970;
		for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
			ZoneOffsetTransition firstYear = rule.createTransition(year);
			if (lastFixed != null && !firstYear.getInstant().isAfter(lastFixed.getInstant())) {
				firstYear = rule.createTransition(year + 1);
			}
			observances.add(observance(rules, firstYear, new RRule<>(recurrence(rule))));
		}
		return observances;
	}

	// The offset in force at the start, then each change up to a day after the end.
	private static List<Observance> dated(ZoneRules rules, Instant from, Instant until) {
		List<Observance> observances = new ArrayList<>();
		ZoneOffsetTransition inForce = rules.previousTransition(from);
		observances.add((inForce != null) ? dated(rules, inForce) : unchanging(rules.getOffset(from)));
		for (ZoneOffsetTransition next = rules.nextTransition(from); next != null
				&& next.getInstant().isBefore(until); next = rules.nextTransition(next.getInstant())) {
			observances.add(dated(rules, next));
		}
		return observances;
	}

	private static Observance unchanging(ZoneOffset offset) {
		return new Standard(new PropertyList(List.of(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)),
				new TzOffsetFrom(offset), new TzOffsetTo(offset))));
	}

	// Its date both as the start and as a date of the recurrence set: readers such as
	// ical4j skip an observance with no RRULE or RDATE.
	private static Observance dated(ZoneRules rules, ZoneOffsetTransition transition) {
		return observance(rules, transition, new RDate<>(new DateList<>(transition.getDateTimeBefore())));
	}

	// Starts at the local time the change happens, on the clock before it.
	private static Observance observance(ZoneRules rules, ZoneOffsetTransition transition, Property recurrence) {
		PropertyList properties = new PropertyList(List.of(new DtStart<>(transition.getDateTimeBefore()), recurrence,
				new TzOffsetFrom(transition.getOffsetBefore()), new TzOffsetTo(transition.getOffsetAfter())));
		return rules.isDaylightSavings(transition.getInstant()) ? new Daylight(properties) : new Standard(properties);
	}

	// A rule of a day of the week within seven days of one month, as zones use today.
	private static boolean sayable(ZoneOffsetTransitionRule rule) {
		int indicator = rule.getDayOfMonthIndicator();
		int days = rule.getMonth().minLength();
		return rule.getDayOfWeek() != null && !rule.isMidnightEndOfDay()
				&& ((indicator > 0) ? indicator + 6 <= days : indicator - 6 >= -days);
	}

	// The week-day among seven days of the month: BYMONTHDAY and BYDAY rather than
	// "2SU" or "-1SU", which some readers (ical4j) take for "on or after the 2nd".
	private static Recur<LocalDateTime> recurrence(ZoneOffsetTransitionRule rule) {
		List<Integer> days = new ArrayList<>(7);
		int indicator = rule.getDayOfMonthIndicator();
		for (int i = 0; i < 7; i++) {
			days.add((indicator > 0) ? indicator + i : indicator - i);
		}
		return new Recur.Builder<LocalDateTime>().frequency(Frequency.YEARLY)
			.monthList(Month.from(rule.getMonth()))
			.dayList(WeekDay.getWeekDay(WeekDay.Day.valueOf(rule.getDayOfWeek().name().substring(0, 2))))
			.monthDayList(days)
			.build();
	}

	/**
	 * The one zone a calendar's times are in, for ical4j to write them: without a
	 * registry that knows it, ical4j looks the zone up afresh for every time written,
	 * which took half the time of writing a calendar.
	 */
	static final class Registry implements TimeZoneRegistry {

		private final ZoneId zone;

		private final Map<String, ZoneRules> rules;

		Registry(ZoneId zone) {
			this.zone = zone;
			this.rules = Map.of(zone.getId(), zone.getRules());
		}

		@Override
		public void register(TimeZone timezone) {
			throw new UnsupportedOperationException("A calendar of one zone");
		}

		@Override
		public void register(TimeZone timezone, boolean update) {
			throw new UnsupportedOperationException("A calendar of one zone");
		}

		@Override
		public void clear() {
		}

		@Override
		public TimeZone getTimeZone(String id) {
			return null;
		}

		@Override
		public Map<String, ZoneRules> getZoneRules() {
			return this.rules;
		}

		@Override
		public ZoneId getZoneId(String tzId) {
			return this.zone;
		}

		@Override
		public String getTzId(String zoneId) {
			return this.zone.getId();
		}

	}

}
