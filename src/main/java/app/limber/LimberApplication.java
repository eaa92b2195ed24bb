package app.limber;

import java.util.Optional;

import app.limber.catalogue.seed.CatalogueValidation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * Limber: a read-only catalogue API of stretches and exercises for lower back and glute
 * pain.
 * <p>
 * Left out: Spring Data's web support (pageable and sort arguments, its Jackson modules)
 * and Bean Validation, as every endpoint reads and checks its query through a
 * {@code web.QueryBinder}; and AspectJ auto-proxying, as no bean is an aspect and
 * transactions are written out.
 */
@SpringBootApplication(
		exclude = { DataWebAutoConfiguration.class, ValidationAutoConfiguration.class, AopAutoConfiguration.class })
@ConfigurationPropertiesScan
public class LimberApplication {

	public static void main(String[] args) {
		Optional<String> catalogue = CatalogueValidation.requested(args);
		if (catalogue.isPresent()) {
			// Checks the folder and exits: no context, no port, no database.
			// Logging stays off until Boot would configure it, which it never
			// does here.
			LoggingSystem.get(LimberApplication.class.getClassLoader()).beforeInitialize();
			System.exit(CatalogueValidation.validate(catalogue.get(), System.out, System.err));
		}
		SpringApplication.run(LimberApplication.class, args);
	}

}
