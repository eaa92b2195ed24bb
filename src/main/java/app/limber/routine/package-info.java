/**
 * Ready-to-follow routines for a time budget: {@link app.limber.routine.RoutineService}
 * keeps a planner per catalogue version, made from the read model, and the planner
 * chooses, doses, times and orders the exercises.
 */
package app.limber.routine;
