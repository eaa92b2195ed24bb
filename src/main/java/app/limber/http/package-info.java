/**
 * The HTTP edge: everything between the socket and Spring MVC (caching, compression,
 * security headers, CORS, limits, the access log, the problems Tomcat answers itself). A
 * change to how requests are received or answers are sent, for every endpoint at once,
 * goes here; what one endpoint answers goes in its feature package, what every endpoint
 * shares in {@code web}, problem types in {@code problem}.
 *
 * <h2>How a request flows</h2>
 * <ol>
 * <li><b>Tomcat's connector</b> reads the request within the limits of {@code server.*}
 * in {@code application.properties} (request line and headers, characters, parameters).
 * One it refuses goes no further: {@link ProblemErrorReportValve} answers it with a
 * problem naming those limits and the security headers.</li>
 * <li><b>The access log</b>, when {@code limber.http.access-log=true}, is Tomcat's own
 * access log ({@link AccessLogToLogger}, in {@code server.tomcat.accesslog.pattern}): one
 * line per request to the {@code limber.access} logger, written after the answer, whoever
 * sent it.</li>
 * <li><b>{@link CachedAnswerValve}</b>, in Tomcat before any servlet filter, sends a
 * {@code GET} or {@code HEAD} without {@code If-None-Match} whose answer the
 * {@link ResponseCache} holds, headers and all, as ready-made bytes. Nothing below runs
 * for it. It pays for itself (site page performance.md): keep it.</li>
 * <li><b>Servlet filters</b>, in order: {@link SecurityHeadersFilter} (every answer,
 * error dispatches included); Spring's observation filter when metrics are on;
 * {@link HttpCachingFilter} on {@code /api/*}, which names the catalogue version, answers
 * revalidations and repeats from the {@link ResponseCache}, and else lets the request
 * through and then tags, gzips ({@code server.compression.*}) and records the successful
 * answer; a request is kept the second time it comes. The finished answer of a request
 * the valve looked up is left to the valve, which sends it once the filters are done as
 * it sends a kept one: so a filter around this one must set its headers before the
 * request goes on, as {@link SecurityHeadersFilter} does. Boot's own filters (character
 * encoding, form content, request context) run too; {@code ServletFiltersTests} lists
 * them all.</li>
 * <li><b>Spring MVC</b>: CORS ({@link CrossOriginConfiguration}), the controllers with
 * their query records ({@code web.QueryResolver}), and {@code web.PagingHeadersAdvice}
 * for paging headers. Errors raised there become problems in
 * {@code problem.ApiExceptionHandler}; errors outside it (an error in a filter, a status
 * set without a body) reach {@code problem.ProblemErrorController} through the error
 * dispatch.</li>
 * </ol>
 *
 * <h2>Adding a response header</h2>
 * <ul>
 * <li><b>A security header</b> (every answer, errors included): add it in
 * {@link SecurityHeadersFilter#apply}. The filter, the error valve and the cached answers
 * (which record it) all take it from there.</li>
 * <li><b>A header of Limber's own</b>: name it in {@code web.HttpHeadersNames}; add it to
 * {@code HttpHeadersNames.READABLE_BY_SCRIPTS} if scripts on other origins may read it
 * (CORS exposes exactly that list); set it where its value is known, in
 * {@link HttpCachingFilter} for what the edge knows or in a {@code ResponseBodyAdvice} in
 * {@code web} for what a response body knows. Set it before the body is written: cached
 * answers then carry it with nothing more to do. Document it for clients in
 * {@code apidocs} and README's "HTTP behaviour".</li>
 * </ul>
 *
 * <h2>Adding a servlet filter</h2>
 * <ol>
 * <li>Decide whether it must see every request. {@link CachedAnswerValve} answers repeats
 * before any filter, so a filter sees each distinct request about twice. A filter that
 * only shapes the answer (headers, body) is fine: the recorded answer carries its effect.
 * One that must act on every request (logging, timing, refusing) must be a Tomcat valve
 * added before {@link CachedAnswerValve} instead, as the access log is; or
 * {@link CachedAnswerValve} must learn to let those requests through.</li>
 * <li>Register it in {@link HttpEdgeConfiguration} as a {@code FilterRegistrationBean}
 * with an explicit order among the filters above, and URL patterns.</li>
 * <li>Add it to {@code ServletFiltersTests.KNOWN} with the reason cached answers are
 * right without it; that test fails until you do.</li>
 * </ol>
 *
 * <h2>Limits and settings</h2>
 * <p>
 * The limits are Tomcat's ({@code server.*} in {@code application.properties}, README
 * "Configuration"); the problems that name them read those properties, so changing a
 * limit is changing its property. Limber's own settings are {@link HttpProperties}
 * ({@code limber.http.*}).
 */
package app.limber.http;
