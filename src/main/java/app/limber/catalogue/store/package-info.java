/**
 * The store of record: the catalogue's JPA entities (schema by Flyway, in
 * {@code db/migration}), the import of a checked seed as a new catalogue version under
 * the catalogue lock, the assembly of a read model from what the database holds
 * ({@code CatalogueAssembler}), and the refresher that follows the live version. Only the
 * catalogue uses the entities; answers are built from the read model.
 */
package app.limber.catalogue.store;
