package app.limber.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

/**
 * Writes a large catalogue for measuring Limber at scale: the seed's exercises over and
 * over, each copy under a new name and slug, linked to the same copy of its variations.
 * Sources, muscles and cautions stay the seed's own, and each cause links every copy of
 * the exercises it links in the seed, so every copy is as valid, and as findable, as the
 * seed.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.limber.catalogue.LargeCatalogue -Dexec.args="10000 target/catalogue-10000"
 * </pre>
 */
public final class LargeCatalogue {

	private static final List<String> UNCHANGED = List.of("sources.json", "muscles.json", "cautions.json");

	private static final List<String> LINKS = List.of("easier", "harder", "alternatives");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LargeCatalogue() {
	}

	/**
	 * Writes a catalogue folder.
	 * @param args the number of exercises, and the folder to write
	 */
	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("Usage: LargeCatalogue <exercises> <folder>");
			System.exit(2);
		}
		Path folder = Path.of(args[1]).toAbsolutePath();
		write(Integer.parseInt(args[0]), folder);
		System.out.println("Wrote " + args[0] + " exercises to " + folder + ": start Limber with"
				+ " --limber.catalogue.location=file:" + folder + "/");
	}

	/**
	 * Writes a catalogue of the seed's exercises under new names.
	 * @param exercises how many exercises it holds
	 * @param folder where to write its five files
	 */
	public static void write(int exercises, Path folder) {
		try {
			Files.createDirectories(folder);
			for (String file : UNCHANGED) {
				try (var in = new ClassPathResource("catalogue/" + file).getInputStream()) {
					Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			JsonNode seed;
			try (var in = new ClassPathResource("catalogue/exercises.json").getInputStream()) {
				seed = JSON.readTree(in).get("exercises");
			}
			ObjectNode catalogue = JSON.createObjectNode();
			ArrayNode written = catalogue.putArray("exercises");
			for (int i = 0; i < exercises; i++) {
				written.add(copy((ObjectNode) seed.get(i % seed.size()), i / seed.size()));
			}
			// The last copy may be partial: its links to exercises it lacks go.
			Set<String> slugs = new HashSet<>();
			written.forEach((exercise) -> slugs.add(exercise.get("slug").asString()));
			written.forEach((exercise) -> LINKS.forEach(
					(list) -> ((ArrayNode) exercise.get(list)).removeIf((slug) -> !slugs.contains(slug.asString()))));
			JSON.writeValue(folder.resolve("exercises.json").toFile(), catalogue);
			JsonNode causes;
			try (var in = new ClassPathResource("catalogue/causes.json").getInputStream()) {
				causes = JSON.readTree(in);
			}
			int copies = (exercises + seed.size() - 1) / seed.size();
			for (JsonNode cause : causes.get("causes")) {
				JsonNode seeded = cause.get("exercises");
				ArrayNode links = ((ObjectNode) cause).putArray("exercises");
				for (JsonNode link : seeded) {
					for (int copy = 0; copy < copies; copy++) {
						String slug = link.get("exercise").asString() + ((copy == 0) ? "" : "-" + (copy + 1));
						if (slugs.contains(slug)) {
							links.add(((ObjectNode) link.deepCopy()).put("exercise", slug));
						}
					}
				}
			}
			JSON.writeValue(folder.resolve("causes.json").toFile(), causes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a catalogue to " + folder, ex);
		}
	}

	// Copy 0 is the seed itself; copy n gets "n" after its name, aliases, slug and the
	// slugs of its variations.
	private static ObjectNode copy(ObjectNode exercise, int copy) {
		ObjectNode renamed = exercise.deepCopy();
		if (copy == 0) {
			return renamed;
		}
		String suffix = Integer.toString(copy + 1);
		renamed.put("slug", exercise.get("slug").asString() + "-" + suffix);
		renamed.put("name", exercise.get("name").asString() + " " + suffix);
		ArrayNode aliases = renamed.putArray("aliases");
		exercise.get("aliases").forEach((alias) -> aliases.add(alias.asString() + " " + suffix));
		for (String list : LINKS) {
			ArrayNode slugs = renamed.putArray(list);
			exercise.get(list).forEach((slug) -> slugs.add(slug.asString() + "-" + suffix));
		}
		return renamed;
	}

}
