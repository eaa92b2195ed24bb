/**
 * The muscles exercises work, for a muscle picker, and the exercises that work each: read
 * from the read model and mapped to the feature's own answers.
 */
package app.limber.muscle;
