/**
 * The catalogue: seed files read and validated, stored in the database, and assembled
 * into the in-memory {@link app.limber.catalogue.Catalogue} that
 * {@link app.limber.catalogue.ReadModel} serves. Every read endpoint answers from the
 * read model, never from the database: a feature's controller looks up what it needs in
 * {@code ReadModel.current()} and maps it to its own response records with their static
 * {@code of(...)} factories; where answering takes more than a lookup (searching
 * exercises, planning routines) the feature has one service for it, which reads the read
 * model the same way. Controllers are never transactional.
 */
package app.limber.catalogue;
