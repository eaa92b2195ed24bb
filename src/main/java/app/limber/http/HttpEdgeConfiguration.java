package app.limber.http;

import java.util.function.Supplier;

import app.limber.catalogue.ReadModel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters around every request: security headers, the access log, and caching
 * and compression for the API; and the Tomcat valve that sends cached answers again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class HttpEdgeConfiguration {

	private final HttpProperties properties;

	HttpEdgeConfiguration(HttpProperties properties) {
		this.properties = properties;
	}

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AccessLogFilter> accessLogFilter() {
		FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(new AccessLogFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setEnabled(this.properties.accessLog());
		return registration;
	}

	// Answers are kept for the catalogue swapped in last; the read model is looked up on
	// first use, as the web server starts before the catalogue is loaded.
	@Bean
	ResponseCache responseCache(ObjectProvider<ReadModel> readModels) {
		return new ResponseCache(this.properties.responseCacheSize().toBytes(), new LatestVersion(readModels));
	}

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(ObjectProvider<ReadModel> version,
			ResponseCache responseCache) {
		FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(
				new HttpCachingFilter(version, responseCache, this.properties));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	// Repeat requests are answered in Tomcat, before the filters above.
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> cachedAnswers(ResponseCache responseCache,
			ObjectProvider<CachedAnswerTimer> timer) {
		return (factory) -> factory.addContextValves(
				new CachedAnswerValve(responseCache, this.properties.accessLog(), timer.getIfAvailable()));
	}

	/**
	 * The short hash of the catalogue swapped in last, with the read model looked up
	 * once.
	 */
	private static final class LatestVersion implements Supplier<String> {

		private final ObjectProvider<ReadModel> readModels;

		private volatile ReadModel readModel;

		LatestVersion(ObjectProvider<ReadModel> readModels) {
			this.readModels = readModels;
		}

		@Override
		public String get() {
			ReadModel model = this.readModel;
			if (model == null) {
				model = this.readModels.getObject();
				this.readModel = model;
			}
			return model.latest().version().shortHash();
		}

	}

}
