package app.limber;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes over real HTTP, as JSON and as a calendar feed read back with ical4j; every
 * answer is checked against the served OpenAPI document.
 */
@LimberServerTest
class ProgrammeEndToEndTests {

	private static final String PROGRAMME = "/api/v1/programmes?start=2027-03-01&weeks=4&minutes=12";

	private static final String CALENDAR = "/api/v1/programmes.ics?start=2027-03-01&weeks=4&minutes=12";

	@Autowired
	private RestTestClient http;

	@LocalServerPort
	private int port;

	@Test
	void shouldPlanEveryDayFromTheStartWithTheRulesAndWhereEachComesFrom() {
		Answer reply = get(PROGRAMME + "&days=mon,wed,fri,sat&equipment=none");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<String>json("$.parameters.end")).isEqualTo("2027-03-28");
		assertThat(reply.<List<String>>json("$.parameters.days")).containsExactly("mon", "wed", "fri", "sat");
		assertThat(reply.<List<String>>json("$.parameters.filters[*].parameter")).containsExactly("equipment");
		assertThat(reply.<Integer>json("$.parameters.progressAfter")).isEqualTo(2);
		assertThat(reply.<List<String>>json("$.days[*].date")).hasSize(28).startsWith("2027-03-01", "2027-03-02");
		assertThat(reply.<List<Object>>json("$.days[?(@.weekday == 'tue')].sessions[*]")).isEmpty();
		assertThat(reply.<List<String>>json("$.days[?(@.weekday == 'mon')].sessions[0].kind")).containsOnly("strength");
		assertThat(reply.<List<String>>json("$.rules[*].rule")).contains("stretch-every-day", "strength-days",
				"foundations-first", "progress-after", "twice-a-day");
		assertThat(reply.<List<String>>json("$.rules[?(@.rule == 'progress-after')].basis")).containsExactly("default");
		assertThat(reply.<List<String>>json("$.rules[?(@.rule == 'strength-days')].sources[*]"))
			.containsExactly("relieve-lower-back-and-glute-pain-with-exercises");
		assertThat(reply.<List<String>>json("$.cautions[*].severity")).startsWith("stop");
		assertThat(get(PROGRAMME + "&equipment=none&days=sat,fri,wed,mon").body()).isEqualTo(reply.body());
	}

	@Test
	void shouldGiveEachSessionAsItsRoutineLinkGivesIt() {
		Answer reply = get(PROGRAMME + "&seed=5&goal=stretch,strengthen");
		Map<String, Integer> seconds = new LinkedHashMap<>();
		List<String> links = reply.json("$.days[*].sessions[*].routine");
		List<Integer> totals = reply.json("$.days[*].sessions[*].totalSeconds");
		for (int i = 0; i < links.size(); i++) {
			seconds.put(links.get(i), totals.get(i));
		}
		assertThat(seconds).hasSizeGreaterThan(4);
		seconds.forEach((link, total) -> {
			Answer routine = get(link);
			assertThat(routine.status()).isEqualTo(200);
			assertThat(routine.<Integer>json("$.totalSeconds")).as(link).isEqualTo(total);
			List<String> firstRound = routine.json("$.steps[?(@.round == 1)].slug");
			List<String> session = reply.json("$.days[*].sessions[?(@.routine == '" + link + "')].exercises[*].slug");
			assertThat(session.subList(0, firstRound.size())).as(link).isEqualTo(firstRound);
			assertThat(session).hasSize(firstRound.size() * (session.size() / firstRound.size()));
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					weeks=4                                   | start
					start=                                    | start
					start=2027-02-30                          | start
					start=2027-13-01                          | start
					start=1.3.2027                            | start
					start=2027-03-01&weeks=0                  | weeks
					start=2027-03-01&weeks=13                 | weeks
					start=2027-03-01&minutes=0                | minutes
					start=2027-03-01&minutes=91               | minutes
					start=2027-03-01&days=funday              | days
					start=2027-03-01&days=mon,funday          | days
					start=2027-03-01&days=                    | days
					start=2027-03-01&days=,                   | days
					start=2027-03-01&progress-after=-1        | progress-after
					start=2027-03-01&progress-after=13        | progress-after
					start=2027-03-01&seed=-1                  | seed
					start=2027-03-01&goal=relax               | goal
					start=2027-03-01&avoid-position=lying-on-back,lying-on-front,lying-on-side,seated,kneeling,all-fours,standing | avoid-position
					start=2027-03-01&goal=stretch&avoid-goal=stretch | avoid-goal
					start=2027-03-01&muscle=biceps            | muscle
					start=2027-03-01&exercise=splits          | exercise
					""")
	void shouldRejectABadProgrammeWithAProblemNamingTheParameter(String query, String parameter) {
		assertThatProblem(get("/api/v1/programmes?" + query).result()).isInvalidParameter(parameter);
		assertThatProblem(calendar("/api/v1/programmes.ics?" + query).result()).isInvalidParameter(parameter);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			time=25:00          | time
			time=7:30           | time
			time=07:60          | time
			time=noon           | time
			tz=Mars/Olympus     | tz
			tz=+02:00           | tz
			tz=CEST             | tz
			""")
	void shouldRejectABadTimeOrZoneWithAProblemNamingIt(String query, String parameter) {
		assertThatProblem(calendar("/api/v1/programmes.ics?start=2027-03-01&" + query).result())
			.isInvalidParameter(parameter);
	}

	@Test
	void shouldAnswerAThinProgrammeWithNotes() {
		Answer reply = get("/api/v1/programmes?start=2027-03-01&days=sat,sun&position=standing&equipment=none");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.<List<String>>json("$.notes")).anyMatch((note) -> note.contains("'days'"))
			.anyMatch((note) -> note.contains("Relaxing '"));
	}

	@Test
	void shouldServeACalendarThatIcal4jReadsBackWithEveryEventInItsZone() throws Exception {
		Answer json = get(PROGRAMME + "&seed=3");
		Answer reply = calendar(CALENDAR + "&seed=3&tz=Europe/Oslo&time=06:45");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("text/calendar;charset=UTF-8");
		Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
		VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
		assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Oslo");
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		List<String> dates = json.json("$.days[*].date");
		List<List<Map<String, Object>>> sessions = json.json("$.days[*].sessions");
		List<Map<String, Object>> expected = new ArrayList<>();
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			for (Map<String, Object> session : sessions.get(i)) {
				expected.add(session);
				days.add(LocalDate.parse(dates.get(i)));
			}
		}
		assertThat(events).hasSize(expected.size());
		Set<String> uids = new HashSet<>();
		for (int i = 0; i < events.size(); i++) {
			VEvent event = events.get(i);
			Map<String, Object> session = expected.get(i);
			uids.add(value(event, Property.UID));
			DtStart<Temporal> start = event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
			assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Oslo");
			LocalDateTime local = LocalDateTime.from(start.getDate());
			assertThat(local.toLocalDate()).isEqualTo(days.get(i));
			if (i == 0 || !days.get(i - 1).equals(days.get(i))) {
				assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(6, 45));
			}
			else {
				assertThat(local.toLocalTime()).isAfter(LocalTime.of(6, 45));
			}
			assertThat(event.<net.fortuna.ical4j.model.property.Duration>getProperty(Property.DURATION)
				.orElseThrow()
				.getDuration()).isEqualTo(Duration.ofSeconds((Integer) session.get("totalSeconds")));
			String link = "http://localhost:" + this.port + session.get("routine");
			assertThat(value(event, Property.URL)).isEqualTo(link);
			String description = value(event, Property.DESCRIPTION);
			assertThat(description).startsWith("Stop cautions (in full in the calendar's description):\n- ")
				.endsWith(link);
			@SuppressWarnings("unchecked")
			List<Map<String, String>> exercises = (List<Map<String, String>>) session.get("exercises");
			int at = description.indexOf("\n\n");
			for (Map<String, String> exercise : exercises) {
				at = description.indexOf(". " + exercise.get("name") + ": ", at);
				assertThat(at).as(exercise.get("name")).isPositive();
			}
			List<VAlarm> alarms = event.getAlarms();
			assertThat(alarms).singleElement()
				.satisfies((alarm) -> assertThat(alarm.getTrigger().orElseThrow().getDuration())
					.isEqualTo(Duration.ofMinutes(-10)));
		}
		assertThat(uids).hasSize(events.size());
		assertThat(calendar(CALENDAR + "&tz=Europe/Oslo&seed=3&time=06:45").body()).isEqualTo(reply.body());
	}

	@Test
	void shouldWriteFloatingTimesWithoutAZone() throws Exception {
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(calendar(CALENDAR + "&days=tue&time=18:00").body()));
		assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).isNotEmpty().allSatisfy((event) -> {
			DtStart<Temporal> start = event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
			assertThat(start.getParameter("TZID")).isEmpty();
			assertThat(start.getDate()).isInstanceOf(LocalDateTime.class);
		});
	}

	@Test
	void shouldKeepEveryDefinedOffsetOfTheZoneAcrossADaylightSavingChange() throws Exception {
		String body = calendar("/api/v1/programmes.ics?start=2027-03-22&weeks=2&days=mon&tz=Europe/Oslo").body();
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		ZoneId oslo = ZoneId.of("Europe/Oslo");
		for (VEvent event : events) {
			DtStart<Temporal> start = event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
			LocalDateTime local = LocalDateTime.from(start.getDate());
			// ical4j resolves the event's instant from the calendar's own VTIMEZONE.
			assertThat(ZonedDateTime.from(start.getDate()).toInstant()).as(local.toString())
				.isEqualTo(local.atZone(oslo).toInstant());
		}
		assertThat(events).hasSizeGreaterThan(2);
		assertThat(body).contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200").doesNotContain("Europe/Berlin");
	}

	@Test
	void shouldMakeAbsoluteLinksFromTheHostTheRequestCameTo() {
		String request = "GET " + CALENDAR + "&weeks=1 HTTP/1.1\r\nHost: calendar.example\r\nConnection: close\r\n\r\n";
		String answer = raw(request);
		assertThat(answer).startsWith("HTTP/1.1 200 ").contains("URL:http://calendar.example/api/v1/routines?");
		// Answered again from the response cache, for this host alone.
		assertThat(raw(request)).contains("URL:http://calendar.example/api/v1/routines?");
		assertThat(raw(request.replace("calendar.example", "other.example")))
			.contains("URL:http://other.example/api/v1/routines?")
			.doesNotContain("calendar.example");
	}

	@Test
	void shouldLetACalendarRevalidateAndKeepItForADay() {
		Answer first = Answer.of(this.http.get()
			.uri(URI.create(CALENDAR))
			.header("Accept", "text/calendar")
			.header("Accept-Encoding", "gzip")
			.header("Origin", "https://app.example")
			.exchange());
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Cache-Control")).isEqualTo("max-age=86400, public");
		assertThat(first.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(first.bytesOnTheWire()).isLessThan(first.body().length() / 4);
		assertThat(first.header("Access-Control-Allow-Origin")).isIn("*", "https://app.example");
		assertThat(first.header("Limber-Catalogue-Version")).matches("[0-9a-f]{16}");
		assertThat(first.header("Vary")).contains("Accept-Encoding");
		assertThat(first.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("REFRESH-INTERVAL;VALUE=DURATION:P1D");
		Answer again = Answer.of(this.http.get()
			.uri(URI.create(CALENDAR))
			.header("Accept", "text/calendar")
			.header("Accept-Encoding", "gzip")
			.header("Origin", "https://app.example")
			.header("If-None-Match", first.header("ETag"))
			.exchange());
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.header("Cache-Control")).isEqualTo("max-age=86400, public");
		assertThat(get(PROGRAMME).header("Cache-Control")).isEqualTo("max-age=3600, public");
	}

	@Test
	void shouldRefuseACalendarToAClientThatAcceptsOnlyJson() {
		Answer reply = Answer
			.of(this.http.get().uri(URI.create(CALENDAR)).accept(MediaType.APPLICATION_JSON).exchange());
		assertThat(reply.status()).isEqualTo(406);
		assertThat(reply.<String>json("$.detail")).contains("text/calendar");
	}

	@Test
	void shouldAnswerHostileValuesOfItsOwnParametersWithA200OrAProblem() {
		for (String parameter : List.of("start", "weeks", "days", "progress-after", "time", "tz")) {
			for (String value : List.of("", " ", "x".repeat(5000), "\u0000", "😀", "%", "-1", "2147483648",
					"2027-02-29", "0000-01-01", "9999-12-31", "${jndi:ldap://x}", ",,,", "null")) {
				String query = (parameter.equals("start") ? "" : "start=2027-03-01&") + parameter + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8);
				Answer reply = calendar("/api/v1/programmes.ics?" + query);
				assertThat(reply.status()).as(query).isIn(200, 400);
				if (reply.status() == 400) {
					assertThatProblem(reply.result()).as(query).isProblem(400);
				}
				assertThat(reply.body()).as(query).doesNotContain("Exception", "at app.", "at org.");
			}
		}
	}

	private String raw(String request) {
		return RawHttp.exchange(this.port, request, StandardCharsets.UTF_8);
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

	private Answer calendar(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).header("Accept", "text/calendar").exchange());
	}

	private static String value(Component component, String property) {
		return component.getProperty(property).orElseThrow().getValue();
	}

}
