package app.limber.catalogue.wire;

/**
 * An article the catalogue is taken from, or a reference one of them cites.
 */
public enum SourceKind implements WireValue {

	ARTICLE, REFERENCE;

	@Override
	public String value() {
		return WireValue.of(this);
	}

}
