/**
 * Ready-to-follow routines for a time budget. The controller keeps one
 * {@link app.limber.routine.RoutinePlanner} per catalogue version served by the read
 * model, and the planner chooses, doses, times and orders the exercises. The planner, its
 * {@link app.limber.routine.Routine} and the link to a routine
 * ({@link app.limber.routine.RoutineQuery#link()}) are public for what is built from
 * routines: a programme's sessions are routines.
 */
package app.limber.routine;
