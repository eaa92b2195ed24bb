package app.limber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * What real answers hold, property by property, for each schema of the OpenAPI document:
 * walks each answer alongside the schema the document gives it, and counts for every
 * property of every object how often it was present and how often {@code null}. Compared
 * with the document's {@code required} and nullable types, this says whether generated
 * clients match what Limber really sends.
 */
final class SchemaObservations {

	private final JsonNode schemas;

	// Schema name -> property -> { objects seen, present, null }.
	private final Map<String, Map<String, int[]>> counts = new TreeMap<>();

	// Values a oneOf's discriminator did not name an option for.
	private final List<String> unmatched = new ArrayList<>();

	SchemaObservations(JsonNode spec) {
		this.schemas = spec.path("components").path("schemas");
	}

	/**
	 * Walks an answer alongside its schema.
	 * @param schema the schema the document gives the answer
	 * @param value the answer's body
	 */
	void observe(JsonNode schema, JsonNode value) {
		observe(schema, value, "(inline)");
	}

	private void observe(JsonNode schema, JsonNode value, String owner) {
		if (schema.has("$ref")) {
			String name = name(schema.get("$ref").asString());
			observe(this.schemas.path(name), value, name);
			return;
		}
		if (schema.has("oneOf")) {
			// The one option the value's discriminator names.
			String kind = value.path(schema.path("discriminator").path("propertyName").asString("")).asString("");
			JsonNode mapped = schema.path("discriminator").path("mapping").path(kind);
			if (mapped.isString()) {
				observe(this.schemas.path(name(mapped.asString())), value, name(mapped.asString()));
			}
			else {
				this.unmatched.add(owner + ": no option of its oneOf for " + value);
			}
			return;
		}
		if (schema.has("anyOf")) {
			for (JsonNode option : schema.get("anyOf")) {
				if (!isNullType(option) && !value.isNull()) {
					observe(option, value, owner);
				}
			}
			return;
		}
		if (value.isArray() && schema.has("items")) {
			for (JsonNode item : value) {
				observe(schema.get("items"), item, owner);
			}
		}
		if (value.isObject() && schema.has("properties")) {
			Map<String, int[]> properties = this.counts.computeIfAbsent(owner, (name) -> new TreeMap<>());
			for (String property : schema.get("properties").propertyNames()) {
				int[] count = properties.computeIfAbsent(property, (name) -> new int[3]);
				count[0]++;
				JsonNode present = value.get(property);
				if (present != null) {
					count[1]++;
					if (present.isNull()) {
						count[2]++;
					}
					else {
						observe(schema.get("properties").get(property), present, owner + "." + property);
					}
				}
			}
		}
	}

	/**
	 * The names of the schemas seen in answers.
	 * @return the component names
	 */
	Set<String> schemasSeen() {
		Set<String> names = new TreeSet<>(this.counts.keySet());
		names.removeIf((name) -> !this.schemas.has(name));
		return names;
	}

	/**
	 * The properties of a schema that every answer holding the schema had.
	 * @param schema a component name
	 * @return the properties always present
	 */
	Set<String> alwaysPresent(String schema) {
		Set<String> present = new TreeSet<>();
		this.counts.getOrDefault(schema, Map.of()).forEach((property, count) -> {
			if (count[0] > 0 && count[1] == count[0]) {
				present.add(property);
			}
		});
		return present;
	}

	/**
	 * Every way the document's schemas differ from the answers seen: a property every
	 * answer had but not {@code required}, one {@code required} but sometimes missing,
	 * one seen {@code null} but not nullable, and a list that may be {@code null}.
	 * @return the differences, empty when the document is exact
	 */
	List<String> differences() {
		List<String> differences = new ArrayList<>(this.unmatched);
		for (String name : schemasSeen()) {
			JsonNode schema = this.schemas.get(name);
			Set<String> required = new TreeSet<>();
			schema.path("required").forEach((property) -> required.add(property.asString()));
			this.counts.get(name).forEach((property, count) -> {
				JsonNode declared = schema.path("properties").path(property);
				if (count[1] == count[0] && !required.contains(property)) {
					differences.add(name + "." + property + " is always sent but not required");
				}
				if (count[1] < count[0] && required.contains(property)) {
					differences.add(name + "." + property + " is required but was missing from an answer");
				}
				if (count[2] > 0 && !nullable(declared)) {
					differences.add(name + "." + property + " was null but is not nullable");
				}
				if (isArray(declared) && nullable(declared)) {
					differences.add(name + "." + property + " is a list that may be null");
				}
			});
		}
		return differences;
	}

	/**
	 * Every property a schema declares nullable.
	 * @param name a component name
	 * @return the nullable properties
	 */
	Set<String> nullable(String name) {
		Set<String> nullable = new TreeSet<>();
		JsonNode properties = this.schemas.path(name).path("properties");
		for (String property : properties.propertyNames()) {
			if (nullable(properties.get(property))) {
				nullable.add(property);
			}
		}
		return nullable;
	}

	static boolean nullable(JsonNode property) {
		if (isNullType(property)) {
			return true;
		}
		for (JsonNode option : property.path("anyOf")) {
			if (isNullType(option)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isNullType(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode one : type) {
				if ("null".equals(one.asString())) {
					return true;
				}
			}
			return false;
		}
		return "null".equals(type.asString(""));
	}

	private static boolean isArray(JsonNode schema) {
		JsonNode type = schema.path("type");
		return type.isArray() ? type.toString().contains("\"array\"") : "array".equals(type.asString(""));
	}

	static String name(String reference) {
		return reference.substring(reference.lastIndexOf('/') + 1);
	}

}
