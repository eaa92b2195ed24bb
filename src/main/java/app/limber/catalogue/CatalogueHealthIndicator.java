package app.limber.catalogue;

import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.store.CatalogueRefresher;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The catalogue in health: {@code UP} while the read model serves the database's live
 * version (or the database cannot be asked), {@code STALE} while the live version could
 * not be built and the one before is served instead. Part of readiness: an instance is
 * ready once its read model is built, and a stale one still serves.
 */
class CatalogueHealthIndicator implements HealthIndicator {

	/** Serving, but not the version the database says is live. */
	static final Status STALE = new Status("STALE", "Serving an older catalogue: the live one could not be built");

	private final ReadModel readModel;

	private final CatalogueRefresher refresher;

	CatalogueHealthIndicator(ReadModel readModel, CatalogueRefresher refresher) {
		this.readModel = readModel;
		this.refresher = refresher;
	}

	@Override
	public Health health() {
		CatalogueRefresher.State state = this.refresher.state();
		Health.Builder health = (state.failedVersion() != null) ? Health.status(STALE) : Health.up();
		health.withDetail("version", this.readModel.current().version().shortHash());
		if (state.failedVersion() != null) {
			health.withDetail("failedVersion", state.failedVersion()).withDetail("failure", state.failure());
		}
		if (state.checkedAt() != null) {
			health.withDetail("checkedAt", state.checkedAt().toString());
		}
		return health.withDetail("databaseAnswers", state.databaseAnswers()).build();
	}

}
