package app.limber.catalogue.seed;

import java.io.PrintStream;
import java.util.Optional;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * Checks a catalogue folder without serving it: the schema and the rules of start-up,
 * with the same file / entry / field messages, and no web server, database or application
 * context. For operators' own CI: {@code java -jar limber.jar
 * --limber.catalogue.validate=/path/to/catalogue/} exits 0 when the catalogue is valid
 * and 1 when it is not.
 */
public final class CatalogueValidation {

	private static final String ARGUMENT = "--limber.catalogue.validate=";

	private CatalogueValidation() {
	}

	/**
	 * The folder to validate, when the command line asks for a validation.
	 * @param args the command line
	 * @return the folder, if one is named
	 */
	public static Optional<String> requested(String[] args) {
		for (String arg : args) {
			if (arg.startsWith(ARGUMENT)) {
				return Optional.of(arg.substring(ARGUMENT.length()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Checks the catalogue at a location.
	 * @param location the folder, as in {@code limber.catalogue.location}
	 * @param out where a valid catalogue is reported
	 * @param err where the problems of an invalid one are listed
	 * @return the exit code: 0 when valid, 1 when not
	 */
	public static int validate(String location, PrintStream out, PrintStream err) {
		if (location.isBlank()) {
			err.println("Name the catalogue folder to check: --limber.catalogue.validate=/path/to/catalogue/");
			return 1;
		}
		try {
			CatalogueSeed seed = new CatalogueReader(new DefaultResourceLoader()).read(location);
			out.println("The catalogue at " + CatalogueReader.folder(location) + " is valid: version "
					+ seed.hash().substring(0, 16) + ", " + seed.exercises().size() + " exercises, "
					+ seed.muscles().size() + " muscles, " + seed.cautions().size() + " cautions, "
					+ seed.sources().size() + " sources, " + seed.causes().size() + " causes.");
			return 0;
		}
		catch (InvalidCatalogueException ex) {
			err.println(ex.getMessage());
			return 1;
		}
	}

}
