package app.limber.catalogue.model;

/**
 * A link to an exercise: enough to name it and fetch it in full.
 *
 * @param slug the exercise's id
 * @param name its name
 */
public record ExerciseLink(String slug, String name) {

}
