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
			BEGIN:VTIMEZONE
			TZID:Europe/Oslo
			BEGIN:STANDARD
			DTSTART:20261025T030000
			TZOFFSETFROM:+0200
			TZOFFSETTO:+0100
			END:STANDARD
			END:VTIMEZONE
			BEGIN:VEVENT
			UID:20270301-1-6f1c0d2e9a4b7c35@limber
			DTSTAMP:20270301T000000Z
			DTSTART;TZID=Europe/Oslo:20270301T073000
			DURATION:PT9M50S
			SUMMARY:Limber: strengthening\\, 10 min
			DESCRIPTION:Stop if an exercise causes or worsens pain: If you feel pain du
			 ring an exercise\\, or an exercise makes your pain worse\\, stop it straight
			  away and consult a doctor or other healthcare professional.\\n\\n1. Glute b
			 ridge: 15 repetitions.\\n\\nWith a timer: https://limber.example/api/v1/rou
			 tines?minutes=10&goal=stretch\\,strengthen\\,stabilise&seed=5
			URL:https://limber.example/api/v1/routines?minutes=10&goal=stretch,strength
			 en,stabilise&seed=5
			BEGIN:VALARM
			ACTION:DISPLAY
			TRIGGER:-PT10M
			DESCRIPTION:Limber: strengthening\\, 10 min in 10 minutes
			END:VALARM
			END:VEVENT
			END:VCALENDAR
			""";

}
