/**
 * The exercises: a filtered, searchable, paged list and each exercise in full. Searching
 * and paging is more than a lookup, so every read of exercises, here and in the goal and
 * download features, goes through {@link app.limber.exercise.ExerciseService}, which
 * answers from the read model.
 */
package app.limber.exercise;
