package app.limber.apidocs;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.limber.problem.Problems;
import app.limber.web.QueryBinder;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version, description, contact, licence and (relative)
 * server, declared public ({@code security: []}); schemas that say exactly which
 * properties answers always have and which can be null ({@link ExactResponseSchemas});
 * and the problem responses every operation can give, so that Swagger UI shows errors
 * with examples.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI limberOpenApi(ObjectProvider<BuildProperties> build, ApiDocsProperties properties) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("dev");
		return new OpenAPI()
			// Relative by default: generated clients and Swagger UI call whichever host
			// served the document, never the one the document happened to be made on.
			.servers(List.of(new Server().url(properties.serverUrl())))
			// Public, read-only data: no operation needs credentials.
			.security(List.of())
			.info(new Info().title("Limber API")
				.version(version)
				.description("""
						A read-only catalogue of stretches and exercises for lower back and glute pain, \
						taken from five articles on the subject. Filter exercises by goal (stretch, \
						strengthen, stabilise), muscle, body region, position, equipment and difficulty, \
						or search them; read each exercise's steps, dosage, muscle targets, cautions and \
						sources, and what the articles say lies behind the pain.

						Every error is an RFC 9457 problem (`application/problem+json`) with a stable \
						`type`, a `title` and a `detail` that says what to fix; invalid parameters also \
						name the `parameter` and, where there is a fixed set, the `allowed` values.""")
				.contact(contact(properties))
				.license(licence(properties)));
	}

	private static Contact contact(ApiDocsProperties properties) {
		return new Contact().name(properties.contactName())
			.url(blankToNull(properties.contactUrl()))
			.email(blankToNull(properties.contactEmail()));
	}

	// OpenAPI 3.1 takes a licence's URL or its SPDX identifier, not both.
	private static License licence(ApiDocsProperties properties) {
		License licence = new License().name(properties.licenceName());
		String url = blankToNull(properties.licenceUrl());
		return (url != null) ? licence.url(url) : licence.identifier(blankToNull(properties.licenceIdentifier()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/**
	 * Required and nullable properties of the response records (see
	 * {@link ExactResponseSchemas}).
	 * @return the model converter springdoc adds to swagger-core's
	 */
	@Bean
	ModelConverter exactResponseSchemas() {
		return new ExactResponseSchemas();
	}

	/**
	 * The query parameters of the query records, and the facets, from their declarations
	 * ({@link QueryDocumentation}).
	 * @param binders the query records' binders
	 * @return the customizer
	 */
	@Bean
	QueryDocumentation queryDocumentation(ObjectProvider<QueryBinder<?>> binders) {
		Map<Class<?>, QueryBinder<?>> byType = binders.orderedStream()
			.collect(Collectors.toUnmodifiableMap(QueryBinder::type, Function.identity()));
		// A query record is the controller's one argument for all its parameters, not a
		// parameter of its own.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(byType.keySet().toArray(Class<?>[]::new));
		return new QueryDocumentation(byType);
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			openApi.setPaths(inResourceOrder(openApi.getPaths()));
			if (openApi.getTags() != null) {
				List<String> tagOrder = tagsInPathOrder(openApi.getPaths());
				openApi.getTags().sort(Comparator.comparingInt((Tag tag) -> tagOrder.indexOf(tag.getName())));
			}
			openApi.getComponents().addSchemas("ProblemDetail", problemSchema());
			openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::nullableReferences);
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				operation.addParametersItem(new Parameter().in("header")
					.name("If-None-Match")
					.required(false)
					.description(
							"An ETag from an earlier answer: if it is still current the answer is 304 with no body.")
					.schema(typed("string")));
				ApiResponse ok = operation.getResponses().get("200");
				if (ok != null) {
					// An operation that says how long its answers keep has documented it.
					boolean ownCaching = ok.getHeaders() != null && ok.getHeaders().containsKey("Cache-Control");
					ok.addHeaderObject("ETag", header("A strong tag of this representation, for If-None-Match."));
					if (!ownCaching) {
						ok.addHeaderObject("Cache-Control",
								header("public, max-age=<limber.http.cache-max-age in seconds>"));
					}
					ok.addHeaderObject("Limber-Catalogue-Version",
							header("The version of the catalogue that answered."));
				}
				operation.getResponses()
					.addApiResponse("304",
							new ApiResponse()
								.description("Not modified: the If-None-Match tag is current; reuse the cached answer.")
								.addHeaderObject("ETag", header("The current tag.")));
				// Every operation can meet the request limits; those with query
				// parameters can
				// also get an invalid one.
				problem(operation, "400",
						"An invalid parameter (the problem names it and, where there is a fixed set, the allowed values), or a request over Limber's limits.",
						Map.of("parameter", "goal", "allowed", List.of("stretch", "strengthen", "stabilise")),
						Problems.INVALID_PARAMETER.toString(), "Invalid parameter",
						"'relax' is not one of stretch, strengthen, stabilise: use one of those for 'goal'.");
				if (path.contains("{")) {
					problem(operation, "404", "No resource has that slug.", Map.of(), Problems.NOT_FOUND.toString(),
							"Not found", "No exercise has the slug 'splits'.");
				}
				String produced = produced(ok);
				problem(operation, "406", "The client does not accept " + produced + ".", Map.of(),
						Problems.NOT_ACCEPTABLE.toString(), "Not acceptable",
						"Limber answers " + (produced.equals("application/json") ? "" : "here ") + "in " + produced
								+ " only (errors in application/problem+json): send Accept: " + produced + ".");
			}));
		};
	}

	// The media type of an operation's answers: JSON, unless it documents another.
	private static String produced(ApiResponse ok) {
		if (ok != null && ok.getContent() != null && !ok.getContent().isEmpty()) {
			return ok.getContent().keySet().iterator().next();
		}
		return "application/json";
	}

	// swagger-core writes a nullable reference as {"type": "null", "$ref": …}, which in
	// OpenAPI 3.1 allows only values that are both; say "either" instead.
	@SuppressWarnings("rawtypes")
	private static void nullableReferences(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		schema.getProperties().replaceAll((name, property) -> {
			if (property.get$ref() != null && property.getTypes() != null && property.getTypes().contains("null")) {
				return ExactResponseSchemas
					.nullable(new Schema<>().$ref(property.get$ref()).description(property.getDescription()));
			}
			return property;
		});
	}

	private static Schema<Object> problemSchema() {
		Schema<Object> schema = typed("object");
		schema.description("An RFC 9457 problem.")
			.addProperty("type", typed("string").format("uri")
				.description("Stable identifier of the kind of problem, such as urn:limber:problem:invalid-parameter."))
			.addProperty("title", typed("string").description("Short summary of the kind of problem."))
			.addProperty("status", typed("integer").format("int32").description("The HTTP status."))
			.addProperty("detail", typed("string").description("What was wrong and how to fix it."))
			.addProperty("instance", typed("string").format("uri-reference").description("The request path."))
			.addProperty("parameter", typed("string").description("For invalid-parameter: the parameter at fault."))
			.addProperty("allowed", typed("array").items(typed("string"))
				.description("The values the parameter (or path segment) accepts, where there is a fixed set."));
		// No instance when Tomcat refuses a request before Limber reads its path.
		schema.required(List.of("type", "title", "status", "detail"));
		return schema;
	}

	// Swagger UI lists paths and tags in the document's order: the main resource first,
	// the whole-catalogue download last. Each tag's name and description come from the
	// @Tag on its controller; only the order is decided here.
	private static Paths inResourceOrder(Paths paths) {
		List<String> order = List.of("/api/v1/exercises", "/api/v1/goals", "/api/v1/muscles", "/api/v1/cautions",
				"/api/v1/causes", "/api/v1/sources", "/api/v1/routines", "/api/v1/programmes", "/api/v1/suggestions",
				"/api/v1/catalogue");
		Comparator<String> byTag = Comparator.comparingInt((String path) -> {
			for (int i = 0; i < order.size(); i++) {
				if (path.startsWith(order.get(i))) {
					return i;
				}
			}
			return order.size();
		});
		Paths ordered = new Paths();
		paths.keySet()
			.stream()
			.sorted(byTag.thenComparing(Comparator.naturalOrder()))
			.forEach((path) -> ordered.addPathItem(path, paths.get(path)));
		return ordered;
	}

	private static List<String> tagsInPathOrder(Paths paths) {
		return paths.values()
			.stream()
			.flatMap((item) -> item.readOperations().stream())
			.flatMap((operation) -> (operation.getTags() != null) ? operation.getTags().stream() : Stream.empty())
			.distinct()
			.toList();
	}

	// OpenAPI 3.1 documents carry types as a set; the single-type setter is lost there.
	@SuppressWarnings("unchecked")
	private static <T> Schema<T> typed(String type) {
		Schema<T> schema = new Schema<>();
		schema.addType(type);
		return schema;
	}

	private static io.swagger.v3.oas.models.headers.Header header(String description) {
		return new io.swagger.v3.oas.models.headers.Header().description(description).schema(typed("string"));
	}

	private static void problem(Operation operation, String status, String description, Map<String, Object> extra,
			String type, String title, String detail) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("type", type);
		value.put("title", title);
		value.put("status", Integer.valueOf(status));
		value.put("detail", detail);
		value.put("instance", "/api/v1/exercises");
		value.putAll(extra);
		operation.getResponses()
			.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType(PROBLEM_JSON,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))
									.addExamples(title, new Example().value(value)))));
	}

}
