package app.limber.catalogue.model;

/**
 * A whole number or a range of them, as an article gives it: "10-15 reps" or "hold 30
 * seconds".
 *
 * @param min the lower end
 * @param max the upper end, equal to {@code min} for a single number
 */
public record Range(int min, int max) {

	public Range {
		if (min < 1 || max < min) {
			throw new IllegalArgumentException("A range runs from 1 or more up to at least its minimum");
		}
	}

	public static Range of(Integer min, Integer max) {
		return (min != null && max != null) ? new Range(min, max) : null;
	}

}
