/**
 * The read model: one immutable {@link app.limber.catalogue.model.Catalogue} per version,
 * indexed in memory ({@code ExerciseIndex}: a bit set per filter value, every order
 * worked out in advance, Lucene for the search text), with every filter declared once in
 * {@link app.limber.catalogue.model.Filter}. {@link app.limber.catalogue.model.ReadModel}
 * serves the current one and swaps a new one in whole.
 */
package app.limber.catalogue.model;
