/**
 * Programmes: weeks of sessions from a start date, following the articles' own rules, as
 * JSON ({@code /programmes}) and as an iCalendar feed ({@code /programmes.ics}). The
 * controller keeps one {@link app.limber.programme.ProgrammePlanner} per catalogue
 * version; a session is the routine {@code routine.RoutinePlanner} plans for its budget,
 * filters and seed, kept for later requests, and {@link app.limber.programme.Rules} says
 * which article each scheduling rule comes from. The calendar is built with ical4j
 * ({@link app.limber.programme.ProgrammeCalendar}) and written by
 * {@link app.limber.programme.CalendarWriter}; site page programmes.md says why.
 */
package app.limber.programme;
