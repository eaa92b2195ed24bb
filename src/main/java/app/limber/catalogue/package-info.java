/**
 * The catalogue, in four parts whose dependencies run one way
 * ({@code ArchitectureTests}):
 * <ul>
 * <li>{@code catalogue.wire}: the values that travel over the wire (goals, positions,
 * equipment…) as enums, read from clients and seed files alike;</li>
 * <li>{@code catalogue.model}: the read model every answer comes from: the immutable
 * {@link app.limber.catalogue.model.Catalogue} with its index and the declaration of its
 * filters ({@link app.limber.catalogue.model.Filter}), served by
 * {@link app.limber.catalogue.model.ReadModel};</li>
 * <li>{@code catalogue.seed}: the seed files, their JSON Schema and rules, and the
 * validate command;</li>
 * <li>{@code catalogue.store}: the entities, the import and the catalogue versions in the
 * database, the assembly of a read model from them, and the refresh that follows the live
 * version;</li>
 * </ul>
 * and, here, what ties them together at start-up: the settings, the loader, health and
 * info.
 * <p>
 * Every read endpoint answers from the read model, never from the database: a feature's
 * controller looks up what it needs in {@code ReadModel.current()} and maps it to its own
 * response records with their static {@code of(...)} factories. Where answering takes
 * more than a lookup, the feature has one component for it that reads the read model the
 * same way (the exercise search service), or one worked out per catalogue version with
 * {@link app.limber.catalogue.model.PerCatalogue} (the routine planner, the download
 * document). Controllers are never transactional.
 */
package app.limber.catalogue;
