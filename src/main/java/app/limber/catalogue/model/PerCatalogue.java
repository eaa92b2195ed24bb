package app.limber.catalogue.model;

import java.util.function.Function;

/**
 * Something worked out once from the catalogue being served, such as a routine planner or
 * the whole-catalogue document, and worked out again after a new version is swapped in.
 *
 * @param <T> what is worked out
 */
public final class PerCatalogue<T> {

	private final ReadModel readModel;

	private final Function<Catalogue, T> make;

	// Two requests racing after a swap may both make one; they are equal, and either
	// will do.
	private volatile Made<T> made;

	/**
	 * Works something out from each catalogue the read model serves.
	 * @param readModel the read model
	 * @param make how to work it out from one catalogue
	 */
	public PerCatalogue(ReadModel readModel, Function<Catalogue, T> make) {
		this.readModel = readModel;
		this.make = make;
	}

	/**
	 * What was worked out from the catalogue this request is served from.
	 * @return the value for {@link ReadModel#current()}
	 */
	public T get() {
		Catalogue catalogue = this.readModel.current();
		Made<T> last = this.made;
		if (last == null || last.catalogue() != catalogue) {
			last = new Made<>(catalogue, this.make.apply(catalogue));
			this.made = last;
		}
		return last.value();
	}

	private record Made<T>(Catalogue catalogue, T value) {
	}

}
