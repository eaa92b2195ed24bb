package app.limber.catalogue.wire;

/**
 * Whether a muscle is the main target of an exercise or a helper.
 */
public enum MuscleRole implements WireValue {

	PRIMARY, SECONDARY;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
