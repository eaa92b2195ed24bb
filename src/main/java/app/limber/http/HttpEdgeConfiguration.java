package app.limber.http;

import java.util.function.Supplier;

import app.limber.catalogue.model.ReadModel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;

/**
 * The servlet filters around every request (security headers, then caching and
 * compression for the API) and the Tomcat valve that sends cached answers again. The
 * order of the edge, and where a new filter or header goes, is in {@code package-info}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class HttpEdgeConfiguration {

	private final HttpProperties properties;

	// Filters and valves start with the web server, before the catalogue is loaded: the
	// read model is looked up on first use, once.
	private final Supplier<ReadModel> readModel;

	HttpEdgeConfiguration(HttpProperties properties, ObjectProvider<ReadModel> readModels) {
		this.properties = properties;
		this.readModel = SingletonSupplier.of(readModels::getObject);
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	// Answers are kept for the catalogue swapped in last.
	@Bean
	ResponseCache responseCache() {
		return new ResponseCache(this.properties.responseCacheSize().toBytes(),
				() -> this.readModel.get().latest().version().shortHash());
	}

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(ResponseCache responseCache,
			ServerProperties serverProperties) {
		FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(new HttpCachingFilter(
				this.readModel, responseCache, this.properties, serverProperties.getCompression()));
		registration.addUrlPatterns("/api/*");
		// After the observation filter (HIGHEST_PRECEDENCE + 1, when metrics are on),
		// which times the answers sent here.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	// Every request, however it is answered, when limber.http.access-log is on. Decided
	// here rather than by a condition on the bean, which the production (AOT) build
	// would settle once at build time.
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> accessLog(TomcatServerProperties tomcat) {
		return (factory) -> {
			if (this.properties.accessLog()) {
				factory.addEngineValves(new AccessLogToLogger(tomcat.getAccesslog().getPattern()));
			}
		};
	}

	// Repeat requests are answered in Tomcat, before the filters above.
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> cachedAnswers(ResponseCache responseCache,
			ObjectProvider<CachedAnswerTimer> timer) {
		return (factory) -> factory.addContextValves(new CachedAnswerValve(responseCache, timer.getIfAvailable()));
	}

}
