/**
 * The HTTP edge: everything between the socket and Spring MVC (caching, compression,
 * security headers, CORS, limits, the access log).
 */
package app.limber.http;
