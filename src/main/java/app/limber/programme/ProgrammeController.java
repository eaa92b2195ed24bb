package app.limber.programme;

import app.limber.catalogue.model.PerCatalogue;
import app.limber.catalogue.model.ReadModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Plans weeks of sessions from a start date, as JSON and as a calendar feed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programmes", description = "Weeks of sessions following the articles' own rules, as JSON and as a "
		+ "calendar feed with reminders.")
class ProgrammeController {

	static final String TEXT_CALENDAR = "text/calendar";

	/**
	 * How many kinds of session (budget and filters) the planner keeps routines for, per
	 * catalogue: each up to 16 routines of about 500 bytes for each set of exercises held
	 * back for the progression, two or three (site page programmes.md).
	 */
	static final int MOST_KINDS = 256;

	private static final MediaType CALENDAR_UTF8 = MediaType.parseMediaType(TEXT_CALENDAR + ";charset=UTF-8");

	private final PerCatalogue<ProgrammePlanner> planners;

	ProgrammeController(ReadModel readModel) {
		this.planners = new PerCatalogue<>(readModel, (catalogue) -> new ProgrammePlanner(catalogue, MOST_KINDS));
	}

	@GetMapping(path = "/programmes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "planProgramme", summary = "Plan a programme", description = """
			Weeks of sessions from `start`, every day listed, following the articles' own rules: stretching on \
			every day you can exercise (articles 000, 003 and 001); strengthening and stabilising on 2 or 3 of those \
			days a week, never two days in a row (002), with stretching alone on the others; foundational \
			movements first, a harder variation replacing its base after `progress-after` weeks once the base \
			has been done (002); and the exercises an article says to do twice a day (004) again in a short second \
			session on the days they appear. Each week alternates two selections of each kind of session.

			Each session is a routine: `routine` is the relative link to `/api/v1/routines` that gives that very \
			session, with its timer timeline. Days you cannot exercise on, and days with nothing to do, have no \
			sessions. `rules` lists each rule applied, with the articles it comes from, or `default` for the \
			planner's own choice where no article gives one (how many weeks before progressing). `cautions` come \
			once each, `stop` first; `notes` say what could not be honoured and which filter to relax. The same \
			request always gives the same programme; `seed` picks another.

			A start that is not a date, values out of range, an unknown or empty `days`, or filters that leave \
			nothing by definition (every position avoided) are a 400 problem. A thin programme is a 200 with notes.""")
	Programme programme(ProgrammeQuery query) {
		return Programme.of(this.planners.get().plan(query));
	}

	@GetMapping(path = "/programmes.ics", produces = TEXT_CALENDAR)
	@Operation(operationId = "programmeCalendar", summary = "Subscribe to a programme's calendar", description = """
			The programme `/api/v1/programmes` gives for the same parameters, as an RFC 5545 calendar to \
			subscribe to: one event per session, each day's first at `time` and a second one 12 hours later \
			(or as late as the day allows), in `tz` (with its VTIMEZONE) or at floating local times without it. \
			Each event has a UID that stays the same for the same request, the session's duration, its exercises \
			with their dosage and the `stop` cautions first in the description, the absolute link to its routine \
			(built from the request's scheme and host, and the forwarded headers where the operator enables \
			them), and a reminder 10 minutes before (article 003: "use reminders").

			Calendars poll their subscriptions: the answer may be reused for a day (`Cache-Control`, \
			`REFRESH-INTERVAL`), and revalidating with `If-None-Match` costs a 304 until the catalogue changes.""")
	@ApiResponse(responseCode = "200", description = "The programme as an iCalendar feed.",
			headers = @Header(name = "Cache-Control",
					description = "public, max-age=86400: a day, as the calendar's REFRESH-INTERVAL says.",
					schema = @Schema(type = "string")),
			content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "One session", value = CALENDAR_EXAMPLE)))
	ResponseEntity<byte[]> calendar(CalendarQuery query, HttpServletRequest request) {
		ProgrammePlanner.Plan plan = this.planners.get().plan(query.programme());
		String origin = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return ResponseEntity.ok()
			.contentType(CALENDAR_UTF8)
			.cacheControl(CacheControl.maxAge(ProgrammeCalendar.REFRESH).cachePublic())
			.body(ProgrammeCalendar.write(plan, query, origin));
	}

	private static final String CALENDAR_EXAMPLE = """
			BEGIN:VCALENDAR
			PRODID:-//Limber//Programmes//EN
			VERSION:2.0
			CALSCALE:GREGORIAN
			NAME:Limber: 1 week from 2027-03-01
			X-WR-CALNAME:Limber: 1 week from 2027-03-01
			DESCRIPTION:Each session is a routine of at most 3 minutes\\, as asked.\\nStr
			 etching on every day you can exercise (tue): articles 000 and 003 advise s
			 tretching daily\\, consistency over intensity\\, and article 001 advises aga
			 inst complete rest.\\nStrengthening and stabilising on 1 day a week (tue)\\,
			  never two days in a row: article 002 advises 2–3 times a week\\, with re
			 st days in between. The other days stretch only\\, with no exercise that st
			 rengthens or stabilises.\\nFoundational movements first: a harder variation
			  (banded glute bridge\\, single-leg glute bridge) replaces its base only on
			 ce the base has been done\\, and never beyond 'difficulty'. Article 002 sta
			 rts with foundational movements and progresses "once you've mastered" them
			 .\\nA harder variation may come in from week 3\\, after 2 weeks of foundatio
			 ns: a planner default\\, as no article says how long (set 'progress-after'
			 to change it)\\; that is after this programme's last week.\\nExercises an ar
			 ticle says to do twice a day (knee-to-chest stretch\\, supine twist) come t
			 wice on the days they appear: a short second session\\, later that day\\, re
			 peats just them.\\nEach week alternates two selections of each kind of sess
			 ion\\, drawn from 'seed' and the week: a planner choice. The same request a
			 lways gives the same programme.\\nIn the calendar feed (programmes.ics)\\, e
			 ach day's first session starts at the same time ('time')\\, a second one 12
			  hours later or as late as the day allows\\, and each has a reminder 10 min
			 utes before: article 003 advises a specific time each day and reminders.\\n
			 \\nPersistent neurological symptoms: Most lower back and glute pain resolve
			 s with conservative care\\, but persistent neurological symptoms or severe
			 structural problems need medical assessment\\, and surgical evaluation may
			 be necessary.\\nPain that persists: see a physiotherapist: If your pain per
			 sists\\, consult a physiotherapist or orthopaedic specialist. They can prov
			 ide manual therapy\\, a personalised exercise programme and\\, if needed\\, i
			 nterventions such as injections.\\nSevere or lasting pain: see a doctor: If
			  your lower back pain is severe\\, or does not go away with gentle stretche
			 s and exercise\\, make an appointment with a doctor for personalised advice
			 .\\nStop if an exercise causes or worsens pain: If you feel pain during an
			 exercise\\, or an exercise makes your pain worse\\, stop it straight away an
			 d consult a doctor or other healthcare professional.
			REFRESH-INTERVAL;VALUE=DURATION:P1D
			X-PUBLISHED-TTL:P1D
			SOURCE;VALUE=URI:https://limber.example/api/v1/programmes.ics?start=2027-03
			 -01&weeks=1&minutes=3&days=tue&seed=0&progress-after=2&time=07:30&tz=Europ
			 e/Oslo
			X-WR-TIMEZONE:Europe/Oslo
			BEGIN:VTIMEZONE
			TZID:Europe/Oslo
			BEGIN:DAYLIGHT
			DTSTART:19980329T020000
			RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU
			TZOFFSETFROM:+0100
			TZOFFSETTO:+0200
			END:DAYLIGHT
			BEGIN:STANDARD
			DTSTART:19981025T030000
			RRULE:FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU
			TZOFFSETFROM:+0200
			TZOFFSETTO:+0100
			END:STANDARD
			END:VTIMEZONE
			BEGIN:VEVENT
			UID:20270302-1-2ac2c3c59668fc25@limber
			DTSTAMP:20270301T000000Z
			DTSTART;TZID=Europe/Oslo:20270302T073000
			DURATION:PT2M59S
			SUMMARY:Limber: strengthening\\, 3 min
			DESCRIPTION:Stop cautions (in full in the calendar's description):\\n- Persi
			 stent neurological symptoms\\n- Pain that persists: see a physiotherapist\\n
			 - Severe or lasting pain: see a doctor\\n- Stop if an exercise causes or wo
			 rsens pain\\n\\n1. Cobra pose: 10 repetitions.\\n2. Glute bridge: 13 repetiti
			 ons\\, holding each 2 s.\\nDo the whole sequence 2 times\\, resting between r
			 ounds.\\n\\nWith a timer: https://limber.example/api/v1/routines?minutes=3&g
			 oal=stretch\\,strengthen\\,stabilise&avoid-exercise=banded-glute-bridge\\,sin
			 gle-leg-glute-bridge&seed=4
			URL:https://limber.example/api/v1/routines?minutes=3&goal=stretch,strengthe
			 n,stabilise&avoid-exercise=banded-glute-bridge,single-leg-glute-bridge&see
			 d=4
			BEGIN:VALARM
			ACTION:DISPLAY
			TRIGGER:-PT10M
			DESCRIPTION:Limber: strengthening\\, 3 min in 10 minutes
			END:VALARM
			END:VEVENT
			END:VCALENDAR
			""";

}
