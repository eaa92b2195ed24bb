package app.limber.http;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Limber behaves towards browsers, caches and operators.
 *
 * @param cacheMaxAge how long clients and shared caches may reuse a successful answer
 * without asking again ({@code Cache-Control: public, max-age}); after that they
 * revalidate with {@code If-None-Match}
 * @param corsAllowedOrigins origins whose scripts may call the API; {@code *} for any,
 * since the data is public and no credentials are used
 * @param corsMaxAge how long browsers may cache a CORS preflight answer
 * @param accessLog whether to log one line per request, in the pattern
 * {@code server.tomcat.accesslog.pattern}, to the {@code limber.access} logger
 * @param responseCacheSize about how much heap finished answers may take, kept for
 * sending again; Limber needs about 40 MiB of heap besides
 * @param threadsPerCore request threads for each processor the JVM may use (at least two
 * in all), unless {@code server.tomcat.threads.max} says how many
 */
@ConfigurationProperties("limber.http")
public record HttpProperties(@DefaultValue("1h") Duration cacheMaxAge,
		@DefaultValue("*") List<String> corsAllowedOrigins, @DefaultValue("1h") Duration corsMaxAge,
		@DefaultValue("false") boolean accessLog, @DefaultValue("4MB") DataSize responseCacheSize,
		@DefaultValue("1") int threadsPerCore) {

}
