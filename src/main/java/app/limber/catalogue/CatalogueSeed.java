package app.limber.catalogue;

import java.util.List;

/**
 * The seed catalogue as read from its four files, before it is checked and stored. Field
 * names follow the JSON; enum values stay the strings the files use.
 *
 * @param hash SHA-256 of the files' bytes, in a fixed order
 * @param sources {@code sources.json}
 * @param muscles {@code muscles.json}
 * @param cautions {@code cautions.json}
 * @param exercises {@code exercises.json}
 */
record CatalogueSeed(String hash, List<SourceSeed> sources, List<MuscleSeed> muscles, List<CautionSeed> cautions,
		List<ExerciseSeed> exercises) {

	static final String SOURCES = "sources.json";

	static final String MUSCLES = "muscles.json";

	static final String CAUTIONS = "cautions.json";

	static final String EXERCISES = "exercises.json";

	static final List<String> FILES = List.of(SOURCES, MUSCLES, CAUTIONS, EXERCISES);

	record SourceSeed(String slug, String kind, String title, String authors, String publisher, Integer year,
			String citedBy) {
	}

	record MuscleSeed(String slug, String name, String region, String description, List<String> aliases) {
	}

	record CautionSeed(String slug, String title, String severity, String text, boolean general, List<String> sources) {
	}

	record RangeSeed(int min, int max) {
	}

	record DosageSeed(String source, RangeSeed sets, RangeSeed reps, RangeSeed holdSeconds, Integer restSeconds,
			String frequency) {
	}

	record TargetSeed(String muscle, String role) {
	}

	record ExerciseSeed(String slug, String name, List<String> aliases, String summary, String whyItHelps,
			List<String> goals, String position, boolean onFloor, List<String> equipment, String difficulty,
			boolean perSide, List<String> steps, List<DosageSeed> dosages, List<TargetSeed> muscles,
			List<String> cautions, List<String> easier, List<String> harder, List<String> alternatives,
			List<String> sources) {
	}

}
