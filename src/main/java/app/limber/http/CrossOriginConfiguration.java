package app.limber.http;

import app.limber.web.HttpHeadersNames;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for the API: which origins' scripts may call it, and which headers they may read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class CrossOriginConfiguration implements WebMvcConfigurer {

	private final HttpProperties properties;

	CrossOriginConfiguration(HttpProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOriginPatterns(this.properties.corsAllowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD", "OPTIONS")
			.allowedHeaders("*")
			.exposedHeaders(HttpHeadersNames.READABLE_BY_SCRIPTS.toArray(String[]::new))
			.allowCredentials(false)
			.maxAge(this.properties.corsMaxAge().toSeconds());
	}

}
