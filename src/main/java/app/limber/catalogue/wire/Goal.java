package app.limber.catalogue.wire;

import java.util.List;
import java.util.Locale;

/**
 * What an exercise is for. An exercise serves one or more goals.
 */
public enum Goal implements WireValue {

	/** Lengthen tight muscles and ease tension. */
	STRETCH("Lengthen tight muscles, ease tension and restore range of motion in the hips, glutes and lower back."),

	/** Build strength in weak muscles. */
	STRENGTHEN("Build strength in weak or inactive glutes and core so they carry their share of the load."),

	/** Control and hold the spine and pelvis steady. */
	STABILISE("Train the core and glutes to hold the spine and pelvis steady, with balance and coordination.");

	private final String description;

	Goal(String description) {
		this.description = description;
	}

	@Override
	public String value() {
		return WireValue.of(this);
	}

	@Override
	public List<String> aliases() {
		return (this != STABILISE) ? List.of() : List.of("stabilize");
	}

	public String displayName() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

	public String description() {
		return this.description;
	}

}
