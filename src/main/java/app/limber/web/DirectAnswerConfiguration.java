package app.limber.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

/**
 * Registers {@link DirectAnswerFilter} for the {@link DirectRoute}s the feature packages
 * declare.
 */
@Configuration(proxyBeanMethods = false)
class DirectAnswerConfiguration {

	@Bean
	FilterRegistrationBean<DirectAnswerFilter> directAnswerFilter(ObjectProvider<DirectRoute> routes,
			ObjectProvider<JsonMapper> json, Environment environment) {
		DirectAnswerFilter filter = new DirectAnswerFilter(
				SingletonSupplier.of(() -> routes.orderedStream()
					.collect(Collectors.toUnmodifiableMap(DirectRoute::path, Function.identity()))),
				SingletonSupplier.of(json::getObject));
		FilterRegistrationBean<DirectAnswerFilter> registration = new FilterRegistrationBean<>(filter);
		// limber.http.direct-answers=false leaves the filter out, so every request goes
		// through Spring MVC. Read here rather than by a condition on the bean, which the
		// production (AOT) build would settle once at build time.
		registration.setEnabled(environment.getProperty("limber.http.direct-answers", Boolean.class, true));
		registration.addUrlPatterns("/api/*");
		// After the HTTP edge's filters (security headers, observation, caching: the
		// highest precedence to + 2), which treat a direct answer as any other.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
