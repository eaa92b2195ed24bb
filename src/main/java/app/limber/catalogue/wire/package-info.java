/**
 * The fixed sets of values the catalogue speaks in (goals, positions, equipment,
 * difficulties, body regions, severities…), each an enum whose values travel as
 * lowercase, hyphenated words ({@link app.limber.catalogue.wire.WireValue}) in answers,
 * query parameters and seed files alike.
 */
package app.limber.catalogue.wire;
