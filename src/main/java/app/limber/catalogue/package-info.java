/**
 * The catalogue: seed files read and validated, stored in the database, and assembled
 * into the in-memory {@link app.limber.catalogue.Catalogue} that
 * {@link app.limber.catalogue.ReadModel} serves. Every read endpoint answers from the
 * read model, never from the database: a feature's controller looks up what it needs in
 * {@code ReadModel.current()} and maps it to its own response records with their static
 * {@code of(...)} factories. Where answering takes more than a lookup, the feature has
 * one component for it that reads the read model the same way (the exercise search
 * service), or one worked out per catalogue version with
 * {@link app.limber.catalogue.PerCatalogue} (the routine planner, the download document).
 * Controllers are never transactional.
 */
package app.limber.catalogue;
