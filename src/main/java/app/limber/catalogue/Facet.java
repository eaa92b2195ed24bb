package app.limber.catalogue;

/**
 * A filter whose values a filter panel can count.
 */
public enum Facet implements WireValue {

	GOAL, POSITION, EQUIPMENT, DIFFICULTY, MUSCLE, REGION;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
