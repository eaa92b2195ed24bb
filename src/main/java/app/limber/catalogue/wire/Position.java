package app.limber.catalogue.wire;

/**
 * The body position an exercise is done in.
 */
public enum Position implements WireValue {

	LYING_ON_BACK, LYING_ON_FRONT, LYING_ON_SIDE, SEATED, KNEELING, ALL_FOURS, STANDING;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
