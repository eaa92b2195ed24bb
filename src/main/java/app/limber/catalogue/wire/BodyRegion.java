package app.limber.catalogue.wire;

/**
 * The part of the body a muscle belongs to.
 */
public enum BodyRegion implements WireValue {

	GLUTES, HIPS, LOWER_BACK, CORE, THIGHS, LOWER_LEGS;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
