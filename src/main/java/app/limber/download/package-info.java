/**
 * The whole catalogue in one document, for offline apps: fetched once, then revalidated
 * with {@code If-None-Match}.
 */
package app.limber.download;
