package app.limber.catalogue.model;

/**
 * Published when another catalogue version is swapped in, for whoever reports on it.
 *
 * @param previous the version served until now
 * @param current the version served from now on
 */
public record CatalogueChanged(Catalogue previous, Catalogue current) {
}
