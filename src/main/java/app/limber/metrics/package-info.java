/**
 * Metrics for a platform to scrape, only when {@code limber.metrics.enabled=true}:
 * Micrometer's Prometheus registry at {@code /actuator/prometheus}, with HTTP timings per
 * route (answers sent again from the response cache included) and the catalogue's version
 * and counts. Off, {@code application.properties} excludes every metrics
 * auto-configuration ({@code spring.autoconfigure.exclude}), so that no registry is built
 * and start-up costs nothing.
 */
package app.limber.metrics;
