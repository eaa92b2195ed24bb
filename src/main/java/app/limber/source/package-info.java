/**
 * Where the catalogue comes from: the articles and the references they cite, read from
 * the read model.
 */
package app.limber.source;
