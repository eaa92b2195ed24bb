/**
 * How every endpoint speaks: the list and page envelopes ({@link app.limber.web.Items},
 * {@link app.limber.web.Paged}) with their paging headers, the names of Limber's own
 * response headers, how query objects are bound (query string only, wire values
 * case-insensitive with aliases), the direct answers of the busiest endpoints
 * ({@link app.limber.web.DirectRoute}) and the home page. A feature package builds its
 * answers from these; it never needs the HTTP edge ({@code app.limber.http}) to do so.
 */
package app.limber.web;
