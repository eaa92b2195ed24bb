/**
 * Ready-to-follow routines for a time budget. The controller keeps one
 * {@link app.limber.routine.RoutinePlanner} per catalogue version served by the read
 * model, and the planner chooses, doses, times and orders the exercises.
 */
package app.limber.routine;
