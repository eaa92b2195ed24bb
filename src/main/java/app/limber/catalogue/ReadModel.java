package app.limber.catalogue;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalogue every read endpoint answers from, replaced as a whole when a new version
 * is built: a request reads {@link #current()} once and answers from that one version.
 */
public final class ReadModel {

	private final AtomicReference<Catalogue> current;

	/**
	 * Starts with a catalogue.
	 * @param catalogue the first version
	 */
	public ReadModel(Catalogue catalogue) {
		this.current = new AtomicReference<>(catalogue);
	}

	/**
	 * The catalogue being served.
	 * @return the current version, never {@code null}
	 */
	public Catalogue current() {
		return this.current.get();
	}

	/**
	 * Serves another catalogue from now on, in one step.
	 * @param next the new version
	 */
	void replace(Catalogue next) {
		this.current.set(next);
	}

}
