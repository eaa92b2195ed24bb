/**
 * The whole catalogue in one document, for offline apps: every exercise in full and every
 * cause with its exercises, built once per catalogue version, then revalidated with
 * {@code If-None-Match}.
 */
package app.limber.download;
