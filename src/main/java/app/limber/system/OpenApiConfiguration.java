package app.limber.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version and description, shown by Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI limberOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("dev");
		return new OpenAPI().info(new Info().title("Limber API")
			.version(version)
			.description("""
					A read-only catalogue of stretches and exercises for lower back and glute pain, \
					taken from five articles on the subject. Filter exercises by goal (stretch, \
					strengthen, stabilise), muscle, body position, equipment and difficulty; read \
					each exercise's steps, dosage, muscle targets, cautions and sources.""")
			.license(new License().name("Content reworded from the cited articles")));
	}

}
