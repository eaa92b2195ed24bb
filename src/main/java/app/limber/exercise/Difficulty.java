package app.limber.exercise;

import app.limber.system.WireValue;

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
