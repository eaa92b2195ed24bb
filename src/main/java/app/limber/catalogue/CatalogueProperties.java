package app.limber.catalogue;

import app.limber.catalogue.seed.CatalogueValidation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed catalogue is read from at start-up, how it is published to the database,
 * and how often a running instance looks for a newer one there.
 *
 * @param location a folder holding {@code sources.json}, {@code muscles.json},
 * {@code cautions.json}, {@code causes.json} and {@code exercises.json}:
 * {@code classpath:catalogue/} (the catalogue built into the jar),
 * {@code file:/srv/limber/catalogue/} or a plain filesystem path
 * @param publish whether a catalogue the database held before, but that was replaced
 * since, is made live again ({@code always}) or left alone ({@code if-new})
 * @param pollInterval how often the database's live version is checked; zero never
 * @param validate a folder to check without starting: Limber prints what is wrong and
 * exits (see {@link CatalogueValidation})
 */
@ConfigurationProperties("limber.catalogue")
public record CatalogueProperties(@DefaultValue("classpath:catalogue/") String location,
		@DefaultValue("if-new") Publish publish, @DefaultValue("30s") Duration pollInterval, String validate) {

	/** Whether a catalogue the database held before is made live again. */
	public enum Publish {

		/**
		 * Import only a catalogue the database has never held: an instance that restarts
		 * with an older catalogue serves the newer one published since.
		 */
		IF_NEW,

		/**
		 * Make this instance's catalogue live whatever the database holds: a roll-back.
		 */
		ALWAYS

	}

}
