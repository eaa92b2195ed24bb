package app.limber.catalogue.seed;

import java.util.List;

/**
 * The seed catalogue as read from its five files, before it is checked and stored. Field
 * names follow the JSON; enum values stay the strings the files use.
 *
 * @param hash SHA-256 of the files' bytes, in a fixed order
 * @param sources {@code sources.json}
 * @param muscles {@code muscles.json}
 * @param cautions {@code cautions.json}
 * @param exercises {@code exercises.json}
 * @param causes {@code causes.json}
 */
public record CatalogueSeed(String hash, List<SourceSeed> sources, List<MuscleSeed> muscles, List<CautionSeed> cautions,
		List<ExerciseSeed> exercises, List<CauseSeed> causes) {

	static final String SOURCES = "sources.json";

	static final String MUSCLES = "muscles.json";

	static final String CAUTIONS = "cautions.json";

	static final String EXERCISES = "exercises.json";

	static final String CAUSES = "causes.json";

	static final List<String> FILES = List.of(SOURCES, MUSCLES, CAUTIONS, EXERCISES, CAUSES);

	/**
	 * A source.
	 *
	 * @param titleIsDescriptive whether the title describes an article that has none of
	 * its own; never {@code null} ({@code false} when the JSON leaves it out)
	 */
	public record SourceSeed(String slug, String kind, String title, String authors, String publisher, Integer year,
			String citedBy, Boolean titleIsDescriptive) {

		public SourceSeed {
			titleIsDescriptive = Boolean.TRUE.equals(titleIsDescriptive);
		}

	}

	/**
	 * A muscle.
	 *
	 * @param description what the articles say of it; empty when no article describes it
	 */
	public record MuscleSeed(String slug, String name, String region, String description, List<String> aliases) {
	}

	public record CautionSeed(String slug, String title, String severity, String text, boolean general,
			List<String> sources) {
	}

	public record RangeSeed(int min, int max) {
	}

	public record DosageSeed(String source, RangeSeed sets, RangeSeed reps, RangeSeed holdSeconds, Integer restSeconds,
			String frequency) {
	}

	public record TargetSeed(String muscle, String role) {
	}

	/**
	 * An exercise.
	 *
	 * @param technique how it works on the body: {@link #MOVEMENT} (also when absent, so
	 * {@code null}) or {@link #SELF_MASSAGE}
	 */
	public record ExerciseSeed(String slug, String name, List<String> aliases, String summary, String whyItHelps,
			List<String> goals, String position, boolean onFloor, List<String> equipment, String difficulty,
			boolean perSide, List<String> steps, List<DosageSeed> dosages, List<TargetSeed> muscles,
			List<String> cautions, List<String> easier, List<String> harder, List<String> alternatives,
			List<String> sources, String technique) {

		/** Stretches and exercises done by moving or holding a position: the default. */
		static final String MOVEMENT = "movement";

		/** Pressure from a foam roller or ball to release tension. */
		static final String SELF_MASSAGE = "self-massage";

		/**
		 * Whether this is self-massage, which serves none of the three goals.
		 * @return {@code true} for the {@link #SELF_MASSAGE} technique
		 */
		public boolean isSelfMassage() {
			return SELF_MASSAGE.equals(this.technique);
		}

	}

	/**
	 * A cause of pain, as the articles name it.
	 *
	 * @param terms the words people use for it, which search finds its exercises by
	 * @param exercises the exercises an article ties to it, each naming that article
	 */
	public record CauseSeed(String slug, String name, String summary, List<String> sources, List<String> terms,
			List<CauseLinkSeed> exercises) {
	}

	/**
	 * An exercise an article ties to a cause.
	 *
	 * @param exercise the exercise's slug
	 * @param source the article that makes the link
	 * @param reason why, in a short sentence
	 * @param implied {@code false} when the article says so, {@code true} when it clearly
	 * implies it
	 */
	public record CauseLinkSeed(String exercise, String source, String reason, boolean implied) {
	}

}
