/**
 * The seed files: read, checked against the catalogue's JSON Schema and against the rules
 * a schema cannot express ({@code CatalogueRules}), every problem named by file, entry
 * and field; and the validate command that checks a folder without starting Limber.
 */
package app.limber.catalogue.seed;
