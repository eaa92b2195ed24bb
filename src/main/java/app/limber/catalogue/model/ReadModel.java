package app.limber.catalogue.model;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalogue every read endpoint answers from, replaced as a whole when a new version
 * is built. A request {@linkplain #pin() pins} the version being served when it starts,
 * and every {@link #current()} on its thread then gives that version until it
 * {@linkplain #unpin() unpins}: a swap in the middle of a request never mixes two
 * versions in one answer.
 */
public final class ReadModel {

	private final AtomicReference<Catalogue> current;

	private final ThreadLocal<Catalogue> pinned = new ThreadLocal<>();

	/**
	 * Starts with a catalogue.
	 * @param catalogue the first version
	 */
	public ReadModel(Catalogue catalogue) {
		this.current = new AtomicReference<>(catalogue);
	}

	/**
	 * The catalogue being served: the one this thread pinned, if any.
	 * @return the current version, never {@code null}
	 */
	public Catalogue current() {
		Catalogue catalogue = this.pinned.get();
		return (catalogue != null) ? catalogue : this.current.get();
	}

	/**
	 * The catalogue swapped in last, whether or not this thread pinned another.
	 * @return the latest version, never {@code null}
	 */
	public Catalogue latest() {
		return this.current.get();
	}

	/**
	 * Keeps the catalogue being served for this thread until {@link #unpin()}, whatever
	 * is swapped in meanwhile.
	 * @return the pinned catalogue
	 */
	public Catalogue pin() {
		Catalogue catalogue = this.current.get();
		this.pinned.set(catalogue);
		return catalogue;
	}

	/**
	 * Lets this thread see the latest catalogue again.
	 */
	public void unpin() {
		this.pinned.remove();
	}

	/**
	 * Serves another catalogue from now on, in one step.
	 * @param next the new version
	 * @return the version it replaced
	 */
	public Catalogue replace(Catalogue next) {
		return this.current.getAndSet(next);
	}

}
