package app.limber.catalogue.wire;

/**
 * How an exercise works on the body. Foam rolling is not a stretch: article 001 gives it
 * a heading of its own and describes it as pressure that releases knots, so it serves
 * none of the three goals.
 */
public enum Technique implements WireValue {

	/** Stretches and exercises done by moving or holding a position. */
	MOVEMENT,

	/** Pressure from a foam roller or ball to release tension. */
	SELF_MASSAGE;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
