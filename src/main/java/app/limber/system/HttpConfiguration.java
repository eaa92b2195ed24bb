package app.limber.system;

import app.limber.catalogue.CatalogueVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP behaviour for browsers, caches and operators: security headers, access logging,
 * caching and CORS.
 */
@Configuration(proxyBeanMethods = false)
class HttpConfiguration implements WebMvcConfigurer {

	private final HttpProperties properties;

	HttpConfiguration(HttpProperties properties) {
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

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(ObjectProvider<CatalogueVersion> version) {
		FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(
				new HttpCachingFilter(version, this.properties));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOriginPatterns(this.properties.corsAllowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD", "OPTIONS")
			.allowedHeaders("*")
			.exposedHeaders(HttpHeaders.ETAG, HttpHeaders.LINK, HttpHeadersNames.TOTAL_COUNT,
					HttpHeadersNames.CATALOGUE_VERSION)
			.allowCredentials(false)
			.maxAge(this.properties.corsMaxAge().toSeconds());
	}

}
