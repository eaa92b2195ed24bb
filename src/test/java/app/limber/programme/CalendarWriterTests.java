package app.limber.programme;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
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
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar writer holds to ical4j's own output, line by line, and to RFC 5545's
 * folding; the zones it defines give every event the instant the JDK gives it.
 */
class CalendarWriterTests {

	private static final String AWKWARD = "Commas, semicolons; a back\\slash, lines\nand\r\nbreaks, "
			+ "2–3 times a week, café, 😀 and a line long enough to fold several times over, "
			+ "with an emoji right at the fold: ".repeat(3) + "😀😀😀😀😀😀😀😀😀😀";

	@Test
	void shouldWriteEveryContentLineAsIcal4jWritesIt() throws Exception {
		Calendar calendar = sample(ZoneId.of("Europe/Oslo"));
		StringWriter theirs = new StringWriter();
		new CalendarOutputter(false).output(calendar, theirs);
		String ours = new String(CalendarWriter.write(calendar, 64), StandardCharsets.UTF_8);
		assertThat(unfolded(ours)).isEqualTo(unfolded(theirs.toString()));
		assertThat(CalendarWriter.contentLine(new Description(AWKWARD)))
			.isEqualTo(unfolded(new Description(AWKWARD).toString()).get(0));
	}

	@Test
	void shouldFoldEveryLineWithinSeventyFiveOctetsAndNeverInsideACharacter() throws Exception {
		byte[] written = CalendarWriter.write(sample(null), 64);
		int start = 0;
		for (int i = 0; i < written.length - 1; i++) {
			if (written[i] == '\r' && written[i + 1] == '\n') {
				byte[] line = Arrays.copyOfRange(written, start, i);
				assertThat(line.length).as(new String(line, StandardCharsets.UTF_8)).isLessThanOrEqualTo(75);
				// Each line is whole UTF-8 on its own.
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(line));
				start = i + 2;
			}
		}
		assertThat(start).isEqualTo(written.length);
		Calendar read = new CalendarBuilder().build(new StringReader(new String(written, StandardCharsets.UTF_8)));
		VEvent event = read.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
			.isEqualTo(AWKWARD.replace("\r\n", "\n"));
	}

	@Test
	void shouldDefineEveryZoneSoThatEachEventHasTheInstantTheJdkGivesIt() throws CharacterCodingException {
		List<String> wrong = new ArrayList<>();
		for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
			if (!id.contains("/") || id.startsWith("SystemV/") || id.startsWith("Etc/")) {
				continue;
			}
			ZoneId zone = ZoneId.of(id);
			List<LocalDateTime> times = new ArrayList<>();
			for (int month = 1; month <= 12; month++) {
				times.add(LocalDate.of(2027, month, 1).atTime(LocalTime.of(7, 30)));
				times.add(LocalDate.of(2027, month, 16).atTime(LocalTime.of(19, 45)));
			}
			List<CalendarComponent> components = new ArrayList<>();
			components
				.add(ZoneDefinition.of(zone, times.get(0).toLocalDate(), times.get(times.size() - 1).toLocalDate()));
			ZoneDefinition.Registry registry = new ZoneDefinition.Registry(zone);
			for (LocalDateTime time : times) {
				DtStart<LocalDateTime> start = new DtStart<>(new ParameterList(List.of(new TzId(id))), time);
				start.setTimeZoneRegistry(registry);
				components.add(new VEvent(new PropertyList(List.of(new Uid(time.toString()), start))));
			}
			String text = new String(CalendarWriter.write(new Calendar(
					new PropertyList(List.of(new ProdId("-//Limber//Tests//EN"), ImmutableVersion.VERSION_2_0)),
					new ComponentList<>(components)), 1024), StandardCharsets.UTF_8);
			assertThat(text).contains("TZID:" + id + "\r\n");
			try {
				Calendar read = new CalendarBuilder().build(new StringReader(text));
				for (VEvent event : read.<VEvent>getComponents(Component.VEVENT)) {
					DtStart<Temporal> start = event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
					LocalDateTime local = LocalDateTime.from(start.getDate());
					Instant expected = ZonedDateTime.ofLocal(local, zone, null).toInstant();
					if (!ZonedDateTime.from(start.getDate()).toInstant().equals(expected)
							&& zone.getRules().isValidOffset(local, zone.getRules().getOffset(expected))) {
						wrong.add(id + " " + local + ": " + start.getDate() + ", not " + expected);
					}
				}
			}
			catch (Exception ex) {
				wrong.add(id + ": " + ex);
			}
		}
		assertThat(wrong).isEmpty();
	}

	// Every kind of property a programme's calendar has, with awkward text.
	private static Calendar sample(ZoneId zone) throws Exception {
		DtStart<LocalDateTime> start = new DtStart<>(
				(zone != null) ? new ParameterList(List.of(new TzId(zone.getId()))) : new ParameterList(),
				LocalDateTime.of(2027, 3, 28, 7, 30));
		if (zone != null) {
			start.setTimeZoneRegistry(new ZoneDefinition.Registry(zone));
		}
		Description description = new Description(AWKWARD);
		VAlarm alarm = new VAlarm(new PropertyList(List.of(ImmutableAction.DISPLAY,
				new Trigger(Duration.ofMinutes(-10)), new Description("Limber: stretching, 10 min"))));
		List<CalendarComponent> components = new ArrayList<>();
		if (zone != null) {
			components.add(ZoneDefinition.of(zone, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)));
		}
		for (int i = 0; i < 2; i++) {
			components.add(new VEvent(new PropertyList(List.of(new Uid("20270328-" + i + "-abc@limber"),
					new DtStamp(Instant.parse("2027-03-01T00:00:00Z")), start,
					new net.fortuna.ical4j.model.property.Duration(Duration.ofSeconds(590)),
					new Summary("Limber: stretching, 10 min"), description,
					new Url(URI
						.create("https://limber.example/api/v1/routines?minutes=10&goal=stretch,strengthen&seed=3")))),
					new ComponentList<>(List.of(alarm))));
		}
		return new Calendar(
				new PropertyList(List.of(new ProdId("-//Limber//Programmes//EN"), ImmutableVersion.VERSION_2_0,
						new XProperty("X-WR-CALNAME", "Limber; 4 weeks, from 2027-03-01"),
						new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofDays(1)))),
				new ComponentList<>(components));
	}

	private static List<String> unfolded(String text) {
		return List.of(text.replace("\r\n ", "").split("\r\n"));
	}

}
