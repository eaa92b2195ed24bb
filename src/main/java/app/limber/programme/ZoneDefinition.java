package app.limber.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A time zone as a calendar defines it (VTIMEZONE), made from the JDK's own rules for the
 * zone asked for, over the days a programme covers. Made here rather than taken from
 * ical4j's registry, which answers some zones with the zone they link to in the tz
 * database (Europe/Oslo came back as Europe/Berlin, whose name the events do not use, and
 * which readers then reject), may fetch definitions over the network, and holds each
 * zone's whole history: here the TZID is exactly the zone asked for, and only the
 * observances the programme's days need are written.
 */
final class ZoneDefinition {

	private ZoneDefinition() {
	}

	/**
	 * The VTIMEZONE for a zone over some days: the observance in force on the first, then
	 * each change of offset up to a day after the last.
	 * @param zone the zone
	 * @param first the first day
	 * @param last the last day
	 * @return the component, its TZID the zone's id
	 */
	static VTimeZone of(ZoneId zone, LocalDate first, LocalDate last) {
		ZoneRules rules = zone.getRules();
		Instant from = first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant until = last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<Observance> observances = new ArrayList<>();
		ZoneOffsetTransition inForce = rules.previousTransition(from);
		if (inForce == null) {
			// A zone that never changed its offset, or has not since before its rules
			// begin.
			ZoneOffset offset = rules.getOffset(from);
			observances.add(new Standard(new PropertyList(List.of(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)),
					new TzOffsetFrom(offset), new TzOffsetTo(offset)))));
		}
		else {
			observances.add(observance(rules, inForce));
		}
		for (ZoneOffsetTransition next = rules.nextTransition(from); next != null
				&& next.getInstant().isBefore(until); next = rules.nextTransition(next.getInstant())) {
			observances.add(observance(rules, next));
		}
		return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances));
	}

	// Starts at the local time the change happens, on the clock before it.
	private static Observance observance(ZoneRules rules, ZoneOffsetTransition transition) {
		PropertyList properties = new PropertyList(List.of(new DtStart<>(transition.getDateTimeBefore()),
				new TzOffsetFrom(transition.getOffsetBefore()), new TzOffsetTo(transition.getOffsetAfter())));
		return rules.isDaylightSavings(transition.getInstant()) ? new Daylight(properties) : new Standard(properties);
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
