package app.limber.catalogue.wire;

/**
 * How demanding an exercise is, from gentlest to hardest.
 */
public enum Difficulty implements WireValue {

	BEGINNER, INTERMEDIATE, ADVANCED;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
