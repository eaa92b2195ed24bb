package app.limber.metrics;

import java.util.List;
import java.util.concurrent.TimeUnit;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CatalogueChanged;
import app.limber.catalogue.model.ReadModel;
import app.limber.http.CachedAnswerTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The meters Limber adds to Micrometer's, when metrics are on: the catalogue being
 * served, and the answers the response cache sends from Tomcat, before the observation
 * filter that times the others.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("limber.metrics.enabled")
class MetricsConfiguration {

	@Bean
	CatalogueMeters catalogueMeters(ReadModel readModel) {
		return new CatalogueMeters(readModel);
	}

	// The tags of Spring MVC's own http.server.requests, so that both land in one meter.
	@Bean
	CachedAnswerTimer cachedAnswerTimer(MeterRegistry registry) {
		return (method, route, nanos) -> Timer.builder("http.server.requests")
			.tags("error", "none", "exception", "none", "method", method, "outcome", "SUCCESS", "status", "200", "uri",
					route)
			.register(registry)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * {@code limber.catalogue.exercises} (and muscles, cautions, sources) of the
	 * catalogue being served, and {@code limber.catalogue.info}, 1 with its version as a
	 * tag.
	 */
	static final class CatalogueMeters implements MeterBinder {

		private final ReadModel readModel;

		private volatile MultiGauge info;

		CatalogueMeters(ReadModel readModel) {
			this.readModel = readModel;
		}

		@Override
		public void bindTo(MeterRegistry registry) {
			count(registry, "exercises", (catalogue) -> catalogue.exercises().size());
			count(registry, "muscles", (catalogue) -> catalogue.muscles().size());
			count(registry, "cautions", (catalogue) -> catalogue.cautions().size());
			count(registry, "sources", (catalogue) -> catalogue.sources().size());
			this.info = MultiGauge.builder("limber.catalogue.info")
				.description("The catalogue version being served (1), by its version tag")
				.register(registry);
			showVersion(this.readModel.latest());
		}

		private void count(MeterRegistry registry, String what, java.util.function.ToIntFunction<Catalogue> count) {
			Gauge.builder("limber.catalogue." + what, this.readModel, (model) -> count.applyAsInt(model.latest()))
				.description("How many " + what + " the catalogue being served holds")
				.register(registry);
		}

		@EventListener
		void onCatalogueChanged(CatalogueChanged event) {
			showVersion(event.current());
		}

		private void showVersion(Catalogue catalogue) {
			MultiGauge gauge = this.info;
			if (gauge != null) {
				gauge.register(List.of(MultiGauge.Row.of(Tags.of("version", catalogue.version().shortHash()), 1)),
						true);
			}
		}

	}

}
