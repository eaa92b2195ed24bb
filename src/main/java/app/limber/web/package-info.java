/**
 * How every endpoint speaks: the list and page envelopes ({@link app.limber.web.Items},
 * {@link app.limber.web.Paged}) with their paging headers, the names of Limber's own
 * response headers, and how query parameters are read.
 *
 * <h2>How a query reaches a controller</h2>
 * <p>
 * A controller that takes query parameters takes one query record (such as
 * {@code ExerciseQuery} or {@code RoutineQuery}) and nothing else from the query string.
 * Its feature package declares a {@link app.limber.web.QueryBinder} bean for the record;
 * {@link app.limber.web.QueryResolver} calls it with the request's parameters, and the
 * API documentation lists the binder's {@link app.limber.web.QueryParameter}s. Each
 * parameter is declared once, with its limits: reading it checks them, and the document
 * says them. The catalogue's filters ({@code catalogue.model.Filter}) are read by
 * {@link app.limber.web.FilterParameters} for every endpoint that takes them.
 *
 * <h2>Adding a filter</h2>
 * <ol>
 * <li>Add a constant to {@code catalogue.model.Filter}: its values (an enum, or the
 * catalogue's own slugs), which endpoints take it, how an exercise's values are read, and
 * what the document says of it. Binding, the index, the facets, the paging links and the
 * document all follow.</li>
 * <li>If the exercise does not have the value yet, add it to
 * {@code catalogue.model.ExerciseEntry}; a filter of the catalogue's own slugs also names
 * them in {@code Catalogue}.</li>
 * <li>Test it: {@code ExerciseIndexTests} fails to compile until its brute-force walk
 * knows what the new filter means.</li>
 * </ol>
 *
 * <h2>Adding a response header</h2>
 * <p>
 * See {@code app.limber.http}: a header every answer carries is set at the edge; one a
 * response body knows is set by a {@code ResponseBodyAdvice} here, as
 * {@link app.limber.web.PagingHeadersAdvice} sets the paging headers.
 */
package app.limber.web;
