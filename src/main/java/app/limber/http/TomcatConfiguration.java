package app.limber.http;

import java.util.function.Supplier;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.function.SingletonSupplier;

/**
 * Lets requests that Tomcat would reject before Limber sees them reach Limber instead, so
 * that they get a problem response rather than Tomcat's HTML error page; and keeps the
 * connections' buffers out of the heap.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TomcatConfiguration.OperatorThreads.class)
class TomcatConfiguration {

	/** The most bytes one system call writes to a connection. */
	static final int WRITE_BUFFER_BYTES = 32 * 1024;

	/** The fewest request threads, whatever the cores. */
	static final int MIN_THREADS = 2;

	@Bean
	TomcatConnectorCustomizer encodedSlashesReachTheApplication() {
		// An encoded slash in a slug (a%2Fb) is one path segment: not found, not a 400
		// page from the connector.
		return (connector) -> connector.setEncodedSolidusHandling("passthrough");
	}

	// Each open connection has a read buffer (8 KiB) and a write buffer. In the heap, a
	// few hundred connections would crowd Limber's own objects out of a 64 MiB heap (full
	// collections one after another); as direct buffers they live beside it, and writes
	// skip the copy NIO makes of heap buffers. Tomcat writes at most a write buffer per
	// system call: at 32 KiB instead of 8, a routine (20-60 KiB) goes out in one or two
	// writes instead of three to eight (site page performance.md); 64 KiB bought no more
	// and took 28 MiB more at 500 connections. server.tomcat.max-connections bounds them.
	@Bean
	TomcatConnectorCustomizer connectionBuffersOutsideTheHeap() {
		return (connector) -> {
			connector.setProperty("socket.directBuffer", "true");
			connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
		};
	}

	// API answers come from memory and never wait on the database, so a request thread
	// only waits for the CPU: with more threads than cores, a question is paused part-way
	// while the others get their turn (site page performance.md). At least two, so that
	// one slow request (a health check waiting for the database, the first OpenAPI
	// document) never holds every other. Set after Boot's own customizers, which set
	// server.tomcat.threads.* (200 by default) and take precedence when the operator
	// sets the maximum.
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> requestThreadsPerCore(HttpProperties http,
			OperatorThreads operator) {
		return (factory) -> {
			if (operator.max() != null) {
				return;
			}
			int threads = Math.max(MIN_THREADS, http.threadsPerCore() * Runtime.getRuntime().availableProcessors());
			factory.addConnectorCustomizers((connector) -> {
				if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
					protocol.setMaxThreads(threads);
					protocol.setMinSpareThreads(threads);
				}
			});
		};
	}

	// Runs after Boot's own customizers, which add Tomcat's HTML error report valve. The
	// problems name the limits Tomcat was given, and are written as Spring MVC writes its
	// own (its mapper is made on the first error: start-up does not wait for it).
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages(ServerProperties server,
			TomcatServerProperties tomcat, ObjectProvider<JsonMapper> jsonMapper) {
		Supplier<JsonMapper> mapper = SingletonSupplier.of(jsonMapper::getObject);
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				// Only one report valve: Tomcat's own (or Boot's) would answer first,
				// in HTML.
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				// The host adds a valve of this class only if it has none: it has this
				// one.
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				host.getPipeline()
					.addValve(new ProblemErrorReportValve(mapper, server.getMaxHttpRequestHeaderSize(),
							tomcat.getMaxParameterCount()));
			}
		});
	}

	/**
	 * Whether the operator set {@code server.tomcat.threads.max}: Boot's own properties
	 * hold a default of 200 either way, so it is bound here once more, without one.
	 *
	 * @param max the request threads in all, or {@code null} when not set
	 */
	@ConfigurationProperties("server.tomcat.threads")
	record OperatorThreads(@Nullable Integer max) {

	}

}
