package app.limber.catalogue.wire;

/**
 * What an exercise needs besides the body; {@code none} means bodyweight only.
 */
public enum Equipment implements WireValue {

	NONE, WALL, RESISTANCE_BAND, WEIGHTS, FOAM_ROLLER, STABLE_SURFACE;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
