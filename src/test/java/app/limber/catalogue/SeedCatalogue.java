package app.limber.catalogue;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Loads the real seed catalogue into a sliced test's database, as start-up does, for
 * tests outside this package (the catalogue's configuration is package-private).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(CatalogueConfiguration.class)
@EnableConfigurationProperties(CatalogueProperties.class)
public @interface SeedCatalogue {

}
