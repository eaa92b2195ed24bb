package app.limber.catalogue.wire;

/**
 * How seriously to take a caution: {@code stop} means stop and seek help.
 */
public enum Severity implements WireValue {

	INFO, WARNING, STOP;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
