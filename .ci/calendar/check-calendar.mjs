// Reads the calendar feeds a running Limber serves with Mozilla's ical.js, as calendar
// apps do, and checks them against the programme's JSON for the same parameters: every
// session is an event, at its day and time, in its zone (defined by the calendar's own
// VTIMEZONE, whose offsets must be the tz database's), for its duration, with its
// routine's link and a reminder.
//   node check-calendar.mjs http://localhost:8080
import ICAL from 'ical.js';

const base = process.argv[2];
const cases = [
  { query: 'start=2027-03-01&weeks=4', time: '07:30' },
  { query: 'start=2027-03-22&weeks=2&days=mon,wed&minutes=15', time: '07:30', tz: 'Europe/Oslo' },
  { query: 'start=2027-10-25&weeks=3&goal=stretch&seed=3', time: '21:50', tz: 'America/New_York' },
  { query: 'start=2027-03-29&weeks=12&minutes=20&seed=7&days=tue,thu,sat', time: '06:15', tz: 'Australia/Sydney' },
  { query: 'start=2027-06-07&weeks=1&days=mon,tue', time: '12:00', tz: 'Asia/Kolkata' },
];

const problems = [];
let events = 0;

// The UTC instant of a local time in a zone, from the tz database Node carries.
function instant(date, time, zone) {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const local = Date.UTC(y, mo - 1, d, h, mi);
  let guess = local;
  for (let i = 0; i < 3; i++) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit',
    }).formatToParts(new Date(guess)).map((p) => [p.type, p.value]));
    const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
    guess += local - shown;
  }
  return guess / 1000;
}

async function text(url, accept) {
  const response = await fetch(url, { headers: { accept } });
  if (!response.ok) throw new Error(`${response.status} from ${url}`);
  return response.text();
}

// Tomcat is up before the catalogue is: wait until Limber says it is ready.
for (let tries = 0; ; tries++) {
  const ready = await fetch(`${base}/actuator/health/readiness`).then((r) => r.ok, () => false);
  if (ready) break;
  if (tries === 240) throw new Error(`Limber at ${base} did not become ready`);
  await new Promise((resolve) => setTimeout(resolve, 500));
}

for (const check of cases) {
  const calendarUrl = `${base}/api/v1/programmes.ics?${check.query}&time=${check.time}` +
    (check.tz ? `&tz=${encodeURIComponent(check.tz)}` : '');
  const programme = JSON.parse(await text(`${base}/api/v1/programmes?${check.query}`, 'application/json'));
  const calendar = new ICAL.Component(ICAL.parse(await text(calendarUrl, 'text/calendar')));
  const fail = (what) => problems.push(`${calendarUrl}: ${what}`);
  ICAL.TimezoneService.reset();
  const zones = calendar.getAllSubcomponents('vtimezone');
  zones.forEach((zone) => ICAL.TimezoneService.register(zone));
  if (check.tz && (zones.length !== 1 || zones[0].getFirstPropertyValue('tzid') !== check.tz)) {
    fail(`expected one VTIMEZONE named ${check.tz}, found ${zones.map((z) => z.getFirstPropertyValue('tzid'))}`);
  }
  if (!check.tz && zones.length !== 0) fail('a VTIMEZONE in a calendar of floating times');
  const sessions = programme.days.flatMap((day) => day.sessions.map((session, i) => ({ day, session, i })));
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length !== sessions.length) fail(`${vevents.length} events for ${sessions.length} sessions`);
  const uids = new Set();
  vevents.forEach((vevent, n) => {
    const event = new ICAL.Event(vevent);
    const { day, session, i } = sessions[n] ?? {};
    if (!session) return;
    events++;
    uids.add(event.uid);
    const start = event.startDate;
    const tzid = vevent.getFirstProperty('dtstart').getParameter('tzid');
    if ((tzid ?? null) !== (check.tz ?? null)) fail(`event ${n}: TZID ${tzid}, expected ${check.tz}`);
    if (check.tz && start.zone?.tzid !== check.tz) fail(`event ${n}: ical.js found zone ${start.zone?.tzid}`);
    if (!check.tz && !start.isFloating?.() && start.zone !== ICAL.Timezone.localTimezone) {
      fail(`event ${n}: not a floating time`);
    }
    if (start.toString().slice(0, 10) !== day.date) fail(`event ${n}: on ${start.toString()}, expected ${day.date}`);
    if (i === 0 && start.toString().slice(11, 16) !== check.time) fail(`event ${n}: at ${start.toString()}`);
    if (check.tz && i === 0 && start.toUnixTime() !== instant(day.date, check.time, check.tz)) {
      fail(`event ${n}: ${start.toString()} ${check.tz} is ${new Date(start.toUnixTime() * 1000).toISOString()} ` +
        `by the VTIMEZONE, ${new Date(instant(day.date, check.time, check.tz) * 1000).toISOString()} by the tz database`);
    }
    if (event.duration.toSeconds() !== session.totalSeconds) {
      fail(`event ${n}: lasts ${event.duration.toSeconds()} s, the session ${session.totalSeconds} s`);
    }
    const url = vevent.getFirstPropertyValue('url');
    if (url !== `${base}${session.routine}`) fail(`event ${n}: URL ${url}, expected ${base}${session.routine}`);
    const alarm = vevent.getFirstSubcomponent('valarm');
    if (!alarm || alarm.getFirstPropertyValue('trigger')?.toSeconds() !== -600) fail(`event ${n}: no reminder`);
    if (!event.description?.startsWith('Stop')) fail(`event ${n}: the description does not start with the stop cautions`);
  });
  if (uids.size !== vevents.length) fail('UIDs are not unique');
}

problems.forEach((problem) => console.error(`ical.js: ${problem}`));
console.log(`ical.js: ${events} events in ${cases.length} calendars read, ${problems.length} problems`);
process.exit(problems.length === 0 && events > 0 ? 0 : 1);
