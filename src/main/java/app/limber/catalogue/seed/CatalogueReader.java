package app.limber.catalogue.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ResourceUtils;

/**
 * Reads the five seed files from a location and checks them against the catalogue's JSON
 * Schema (draft 2020-12) and its referential rules.
 */
public class CatalogueReader {

	static final String SCHEMA = "schema/catalogue.schema.json";

	// Duplicate keys would otherwise silently keep the last value.
	private final JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private final ResourceLoader resources;

	private final Schema schema;

	public CatalogueReader(ResourceLoader resources) {
		this.resources = resources;
		try (InputStream in = new ClassPathResource(SCHEMA).getInputStream()) {
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the catalogue schema " + SCHEMA, ex);
		}
	}

	/**
	 * Reads the catalogue at a location and checks it against the schema and then against
	 * {@link CatalogueRules}.
	 * @param location the folder, as in {@code limber.catalogue.location}
	 * @return the parsed catalogue
	 * @throws InvalidCatalogueException listing every file that is missing, unreadable or
	 * breaks the schema
	 */
	public CatalogueSeed read(String location) {
		String folder = folder(location);
		List<Violation> violations = new ArrayList<>();
		ObjectNode document = this.json.createObjectNode();
		MessageDigest digest = sha256();
		for (String file : CatalogueSeed.FILES) {
			byte[] bytes = bytesOf(folder, file, violations);
			if (bytes == null) {
				continue;
			}
			digest.update(file.getBytes(StandardCharsets.UTF_8));
			digest.update(bytes);
			try {
				document.set(file, this.json.readTree(bytes));
			}
			catch (JacksonException ex) {
				violations
					.add(new Violation(file, null, null, "is not valid JSON: " + ex.getOriginalMessage() + " (line "
							+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidCatalogueException(folder, violations);
		}
		for (com.networknt.schema.Error error : this.schema.validate(document)) {
			violations.add(locate(document, error));
		}
		if (!violations.isEmpty()) {
			throw new InvalidCatalogueException(folder, violations);
		}
		CatalogueSeed seed = new CatalogueSeed(HexFormat.of().formatHex(digest.digest()),
				this.json.treeToValue(document.get(CatalogueSeed.SOURCES).get("sources"),
						this.json.getTypeFactory().constructCollectionType(List.class, CatalogueSeed.SourceSeed.class)),
				this.json.treeToValue(document.get(CatalogueSeed.MUSCLES).get("muscles"),
						this.json.getTypeFactory().constructCollectionType(List.class, CatalogueSeed.MuscleSeed.class)),
				this.json.treeToValue(document.get(CatalogueSeed.CAUTIONS).get("cautions"),
						this.json.getTypeFactory()
							.constructCollectionType(List.class, CatalogueSeed.CautionSeed.class)),
				this.json.treeToValue(document.get(CatalogueSeed.EXERCISES).get("exercises"),
						this.json.getTypeFactory()
							.constructCollectionType(List.class, CatalogueSeed.ExerciseSeed.class)),
				this.json.treeToValue(document.get(CatalogueSeed.CAUSES).get("causes"),
						this.json.getTypeFactory().constructCollectionType(List.class, CatalogueSeed.CauseSeed.class)));
		violations.addAll(CatalogueRules.check(seed));
		if (!violations.isEmpty()) {
			throw new InvalidCatalogueException(folder, violations);
		}
		return seed;
	}

	/**
	 * Normalises a location to a folder URL ending in a slash; a plain path is a
	 * filesystem folder.
	 */
	static String folder(String location) {
		String folder = ResourceUtils.isUrl(location) ? location : ResourceUtils.FILE_URL_PREFIX + location;
		return folder.endsWith("/") ? folder : folder + "/";
	}

	private byte[] bytesOf(String folder, String file, List<Violation> violations) {
		Resource resource = this.resources.getResource(folder + file);
		if (!resource.exists()) {
			violations.add(new Violation(file, null, null, "is missing from " + folder));
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			violations.add(new Violation(file, null, null, "cannot be read: " + ex.getMessage()));
			return null;
		}
	}

	// An instance location such as /exercises.json/exercises/3/muscles/0/muscle names the
	// file, the entry (by index, turned into its slug) and the field inside it.
	private static Violation locate(JsonNode document, com.networknt.schema.Error error) {
		NodePath path = error.getInstanceLocation();
		String file = (path.getNameCount() > 0) ? path.getName(0) : "catalogue";
		String entry = null;
		int fieldStart = path.getNameCount();
		if (path.getNameCount() >= 3 && path.getElement(2) instanceof Integer index) {
			JsonNode slug = document.path(file).path(path.getName(1)).path(index).path("slug");
			entry = slug.isString() ? slug.asString() : path.getName(1) + "[" + index + "]";
			fieldStart = 3;
		}
		StringBuilder field = new StringBuilder();
		for (int i = fieldStart; i < path.getNameCount(); i++) {
			Object element = path.getElement(i);
			if (element instanceof Integer index) {
				field.append('[').append(index).append(']');
			}
			else {
				field.append(field.isEmpty() ? "" : ".").append(element);
			}
		}
		if (error.getProperty() != null && "required".equals(error.getKeyword())) {
			field.append(field.isEmpty() ? "" : ".").append(error.getProperty());
		}
		return new Violation(file, entry, field.isEmpty() ? null : field.toString(), problem(error));
	}

	private static String problem(com.networknt.schema.Error error) {
		String message = error.getMessage();
		// The validator prefixes its message with the instance location, which the
		// violation already names.
		int colon = message.indexOf(": ");
		return (message.startsWith("/") || message.startsWith("$")) && colon > 0 ? message.substring(colon + 2)
				: message;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
