package app.limber.catalogue.store;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CatalogueChanged;
import app.limber.catalogue.model.CatalogueVersion;
import app.limber.catalogue.model.ReadModel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Follows the database: every poll interval, asks which catalogue version is live, and
 * when it is not the one being served, reads it back, builds a new read model and swaps
 * it in. A rebuild that fails leaves the old model serving and is reported in health; a
 * database that does not answer is tried again at the next poll.
 */
public class CatalogueRefresher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CatalogueRefresher.class);

	private final CatalogueStore store;

	private final ReadModel readModel;

	private final Duration interval;

	private final ApplicationEventPublisher events;

	private ScheduledExecutorService executor;

	private volatile State state = new State(null, null, null, true);

	public CatalogueRefresher(CatalogueStore store, ReadModel readModel, Duration interval,
			ApplicationEventPublisher events) {
		this.store = store;
		this.readModel = readModel;
		this.interval = interval;
		this.events = events;
	}

	/**
	 * Checks the database now, and swaps in its live version if it is another.
	 * @return whether a new version was swapped in
	 */
	synchronized boolean refresh() {
		Optional<CatalogueVersion> live;
		try {
			live = this.store.liveVersion();
		}
		catch (RuntimeException ex) {
			if (this.state.databaseAnswers()) {
				logger.warn(
						"Cannot reach the database to look for a new catalogue: {}; serving catalogue {} from "
								+ "memory, and trying again every {}",
						ex.getMessage(), served().shortHash(), this.interval);
			}
			this.state = this.state.unreachable();
			return false;
		}
		if (!this.state.databaseAnswers()) {
			logger.info("The database answers again: looking for a new catalogue every {}", this.interval);
		}
		if (live.isEmpty() || live.get().hash().equals(served().hash())) {
			this.state = this.state.checked(null, null);
			return false;
		}
		CatalogueVersion version = live.get();
		try {
			Catalogue next = this.store.readLive();
			Catalogue previous = this.readModel.replace(next);
			this.state = this.state.checked(null, null);
			logger.info("Now serving catalogue {} ({} exercises), which replaced {}", next.version().shortHash(),
					next.exercises().size(), previous.version().shortHash());
			this.events.publishEvent(new CatalogueChanged(previous, next));
			return true;
		}
		catch (RuntimeException ex) {
			if (!version.hash().equals(this.state.failedVersion())) {
				logger.error("Cannot build catalogue {} from the database; still serving {}", version.shortHash(),
						served().shortHash(), ex);
			}
			this.state = this.state.checked(version.hash(), String.valueOf(ex.getMessage()));
			return false;
		}
	}

	/**
	 * How the last check went.
	 * @return the state, never {@code null}
	 */
	public State state() {
		return this.state;
	}

	private CatalogueVersion served() {
		return this.readModel.current().version();
	}

	@Override
	public void start() {
		if (this.interval.isZero() || this.interval.isNegative()) {
			return;
		}
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "catalogue-refresher");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		this.executor.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (Throwable ex) {
			logger.error("Catalogue refresh failed", ex);
		}
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	/**
	 * What the last check found.
	 *
	 * @param checkedAt when the database last answered
	 * @param failedVersion the live version that could not be built, if any
	 * @param failure why it could not
	 * @param databaseAnswers whether the database answered the last poll
	 */
	public record State(Instant checkedAt, String failedVersion, String failure, boolean databaseAnswers) {

		State checked(String failedVersion, String failure) {
			return new State(Instant.now(), failedVersion, failure, true);
		}

		State unreachable() {
			return new State(this.checkedAt, this.failedVersion, this.failure, false);
		}

	}

}
