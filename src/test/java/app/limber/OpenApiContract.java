package app.limber;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a real response against the OpenAPI 3.1 document the application serves: the
 * operation must document the status and the media type, and the body must match the
 * documented schema (validated with the OpenAPI 3.1 dialect of networknt's JSON Schema
 * validator) when it is JSON.
 */
final class OpenApiContract {

	private static final String DOCUMENT = "https://limber.test/v3/api-docs";

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonNode spec;

	private final SchemaRegistry schemas;

	OpenApiContract(String document) {
		this.spec = this.json.readTree(document);
		this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(DOCUMENT, document)));
	}

	/**
	 * The document.
	 * @return the OpenAPI document as JSON
	 */
	JsonNode spec() {
		return this.spec;
	}

	/**
	 * The schema of an operation's answer.
	 * @param method the HTTP method
	 * @param rawPath the request path, without query
	 * @param status the response status
	 * @param mediaType the response's media type
	 * @return the schema, or a missing node when the document has none
	 */
	JsonNode responseSchema(String method, String rawPath, int status, String mediaType) {
		String template = template(rawPath);
		return this.spec.path("paths")
			.path((template != null) ? template : "")
			.path(method.toLowerCase(Locale.ROOT))
			.path("responses")
			.path(String.valueOf(status))
			.path("content")
			.path(mediaType)
			.path("schema");
	}

	/**
	 * Lists how a response breaks the document; empty when it conforms or when the path
	 * and method have no operation to check against (an unknown path, a method the API
	 * does not offer).
	 * @param method the HTTP method
	 * @param rawPath the request path, without query
	 * @param status the response status
	 * @param contentType the response's Content-Type, or {@code null}
	 * @param body the response body
	 * @return the violations
	 */
	List<String> violations(String method, String rawPath, int status, String contentType, String body) {
		String template = template(rawPath);
		if (template == null || !this.spec.path("paths").path(template).has(method.toLowerCase(Locale.ROOT))) {
			return List.of();
		}
		JsonNode responses = this.spec.path("paths")
			.path(template)
			.path(method.toLowerCase(Locale.ROOT))
			.path("responses");
		String code = responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
		if (!responses.has(code)) {
			return List.of("status " + status + " is not documented for " + method + " " + template);
		}
		if (body.isEmpty() && !responses.path(code).has("content")) {
			return List.of();
		}
		String mediaType = (contentType != null) ? contentType.split(";")[0].strip() : "";
		if (!responses.path(code).path("content").has(mediaType)) {
			return List.of("media type '" + mediaType + "' is not documented for " + status + " of " + method + " "
					+ template);
		}
		if (!mediaType.endsWith("json")) {
			// A text answer (a calendar): its schema is a string, which any body is.
			return List.of();
		}
		String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + code
				+ "/content/" + escape(mediaType) + "/schema";
		Schema schema = this.schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
		List<String> violations = new ArrayList<>();
		schema.validate(this.json.readTree(body))
			.forEach((error) -> violations.add(method + " " + template + " " + status + ": " + error.getMessage()));
		return violations;
	}

	private String template(String rawPath) {
		for (Iterator<String> paths = this.spec.path("paths").propertyNames().iterator(); paths.hasNext();) {
			String template = paths.next();
			String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
			if (rawPath.matches(regex)) {
				return template;
			}
		}
		return null;
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

}
