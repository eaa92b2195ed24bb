/**
 * The OpenAPI document and Swagger UI: the document's info, servers, tag order and
 * examples ({@link app.limber.apidocs.OpenApiConfiguration}, settable through
 * {@code limber.api.*}), and the schema converter that makes every always-present
 * property {@code required} and every nullable one nullable, so that generated clients
 * are exact. Endpoints document themselves with annotations in their own packages.
 */
package app.limber.apidocs;
