package app.limber.search;

import java.util.List;

/**
 * The searchable text of one catalogue entry. Its position in the list given to
 * {@link SearchIndex#build(List)} is its ordinal in search results.
 *
 * @param name the display name
 * @param aliases its other names: the articles' aliases, and any other name it is known
 * by in the API
 * @param summary one sentence about it
 * @param whyItHelps why the articles recommend it
 * @param steps the instructions
 * @param muscles the names and aliases of the muscles it works, and their body regions
 * @param causes the names of the causes of pain it is tied to and the words people use
 * for them, once for every article that ties it
 */
public record SearchDocument(String name, List<String> aliases, String summary, String whyItHelps, List<String> steps,
		List<String> muscles, List<String> causes) {

	public SearchDocument {
		aliases = List.copyOf(aliases);
		steps = List.copyOf(steps);
		muscles = List.copyOf(muscles);
		causes = List.copyOf(causes);
	}

}
