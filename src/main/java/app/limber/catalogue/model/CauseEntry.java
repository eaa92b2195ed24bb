package app.limber.catalogue.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cause of lower back and glute pain as the read model holds it, its links resolved to
 * the exercises.
 *
 * @param slug its public id
 * @param name its name
 * @param summary what the articles say of it
 * @param sources the slugs of the articles that name it
 * @param terms the words people use for it, from the articles' own wording
 * @param links the exercises an article ties to it, in the seed's order: an exercise
 * several articles tie to it has a link for each
 */
public record CauseEntry(String slug, String name, String summary, List<String> sources, List<String> terms,
		List<Link> links) {

	/**
	 * The exercises it is tied to, each once.
	 * @return the exercises, in the order of their first link
	 */
	public List<ExerciseEntry> exercises() {
		Set<String> seen = new HashSet<>();
		List<ExerciseEntry> exercises = new ArrayList<>();
		for (Link link : this.links) {
			if (seen.add(link.exercise().slug())) {
				exercises.add(link.exercise());
			}
		}
		return List.copyOf(exercises);
	}

	/**
	 * Whether an article ties an exercise to it.
	 * @param exercise the exercise
	 * @return {@code true} if any link names the exercise
	 */
	public boolean isTiedTo(ExerciseEntry exercise) {
		return this.links.stream().anyMatch((link) -> link.exercise().slug().equals(exercise.slug()));
	}

	/**
	 * An exercise one article ties to the cause.
	 *
	 * @param exercise the exercise
	 * @param source the slug of the article that makes the link
	 * @param reason why, in a short sentence
	 * @param implied {@code false} when the article says so, {@code true} when it clearly
	 * implies it
	 */
	public record Link(ExerciseEntry exercise, String source, String reason, boolean implied) {

	}

}
