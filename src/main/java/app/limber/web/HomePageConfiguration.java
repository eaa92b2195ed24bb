package app.limber.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends visitors of {@code /} to Swagger UI, where the API is described and can be tried.
 * A view controller, not a {@code @Controller}, so it stays out of the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class HomePageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/", "/swagger-ui.html");
	}

}
