package app.limber.catalogue.seed;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at start-up when the seed catalogue breaks the schema or a referential rule.
 * Limber refuses to start rather than serve part of a catalogue.
 */
public class InvalidCatalogueException extends RuntimeException {

	private final String location;

	private final List<String> violations;

	InvalidCatalogueException(String location, List<Violation> violations) {
		super(describe(location, violations));
		this.location = location;
		this.violations = violations.stream().map(Violation::toString).toList();
	}

	private static String describe(String location, List<Violation> violations) {
		return violations.stream()
			.map((violation) -> "  - " + violation)
			.collect(Collectors.joining("\n", "The catalogue at " + location + " is invalid (" + violations.size()
					+ " problem" + ((violations.size() == 1) ? "" : "s") + "):\n", ""));
	}

	public String getLocation() {
		return this.location;
	}

	public List<String> getViolations() {
		return this.violations;
	}

}
