package app.limber.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed catalogue is read from at start-up.
 *
 * @param location a folder holding {@code sources.json}, {@code muscles.json},
 * {@code cautions.json} and {@code exercises.json}: {@code classpath:catalogue/} (the
 * catalogue built into the jar), {@code file:/srv/limber/catalogue/} or a plain
 * filesystem path
 */
@ConfigurationProperties("limber.catalogue")
public record CatalogueProperties(@DefaultValue("classpath:catalogue/") String location) {

}
