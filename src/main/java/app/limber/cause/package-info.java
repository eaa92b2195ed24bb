/**
 * What the articles say lies behind lower back and glute pain, and the exercises an
 * article ties to each cause, with why: read from the read model and mapped to the
 * feature's own answers.
 */
package app.limber.cause;
