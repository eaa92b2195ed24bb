package app.limber.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Builds catalogue folders for tests from the small catalogues under
 * {@code src/test/resources/catalogues/}: the valid {@code minimal} one, overlaid with
 * the files of an invalid case.
 */
public final class TestCatalogues {

	private static final Path CATALOGUES = Path.of("src/test/resources/catalogues");

	private TestCatalogues() {
	}

	/**
	 * Copies the minimal catalogue into a folder, made if need be, then each named case's
	 * files over it.
	 * @param folder the folder to fill
	 * @param cases the invalid cases to overlay, in order
	 * @return the folder
	 */
	public static Path minimal(Path folder, String... cases) {
		copy(CATALOGUES.resolve("minimal"), folder);
		for (String name : cases) {
			copy(CATALOGUES.resolve(name), folder);
		}
		return folder;
	}

	/**
	 * The minimal catalogue with one exercise renamed: a new version of it.
	 * @param folder the folder to fill
	 * @param from the exercise's name in the minimal catalogue
	 * @param to its new name
	 * @return the folder
	 */
	public static Path renamed(Path folder, String from, String to) {
		minimal(folder);
		Path exercises = folder.resolve("exercises.json");
		try {
			Files.writeString(exercises,
					Files.readString(exercises).replace("\"name\": \"" + from + "\"", "\"name\": \"" + to + "\""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folder;
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.list(from)) {
			Files.createDirectories(to);
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
