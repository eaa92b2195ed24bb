package app.limber;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Limber: a read-only catalogue API of stretches and exercises for lower back and glute
 * pain.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LimberApplication {

	public static void main(String[] args) {
		SpringApplication.run(LimberApplication.class, args);
	}

}
