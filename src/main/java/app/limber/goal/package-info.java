/**
 * The three goals (stretch, strengthen, stabilise) with their exercise counts, read from
 * the read model, and each goal's exercises, searched like {@code /exercises} with the
 * goal taken from the path.
 */
package app.limber.goal;
