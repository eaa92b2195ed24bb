package app.limber.catalogue.model;

/**
 * How many exercises one value of a filter would give.
 *
 * @param value the filter value, as the filter takes it
 * @param count how many exercises match it and every other filter
 */
public record FacetCount(String value, int count) {

}
