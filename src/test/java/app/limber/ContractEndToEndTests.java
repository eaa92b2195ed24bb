package app.limber;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.limber.exercise.ExerciseQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract frontends generate code from, over real HTTP: the whole catalogue in one
 * download, paging links in the body and the headers, answers to the longest requests the
 * limits allow, and schemas whose required and nullable properties are exactly what real
 * answers hold.
 */
@LimberServerTest
class ContractEndToEndTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

	/**
	 * Request line and headers, as {@code server.max-http-request-header-size} allows.
	 */
	private static final int REQUEST_HEADER_LIMIT = 8 * 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private RestTestClient http;

	@Autowired
	private ServedContract served;

	@Test
	void shouldDownloadEveryExerciseExactlyAsTheListAndEachDetailGiveIt() {
		Answer catalogue = get("/api/v1/catalogue");
		assertThat(catalogue.status()).isEqualTo(200);
		JsonNode document = json.readTree(catalogue.body());
		assertThat(document.get("version").asString()).isEqualTo(catalogue.header("Limber-Catalogue-Version"));
		List<String> listed = get("/api/v1/exercises?size=100").slugs();
		List<String> downloaded = new ArrayList<>();
		document.get("exercises").forEach((exercise) -> downloaded.add(exercise.get("slug").asString()));
		assertThat(downloaded).hasSize(30).isEqualTo(listed);
		assertThat(document.get("exerciseCount").asInt()).isEqualTo(listed.size());
		for (JsonNode exercise : document.get("exercises")) {
			String slug = exercise.get("slug").asString();
			JsonNode detail = json.readTree(get("/api/v1/exercises/" + slug).body());
			assertThat(exercise).as(slug).isEqualTo(detail);
			assertThat(exercise.get("muscles").get("primary")).as(slug).isNotEmpty();
			assertThat(exercise.get("cautions")).as(slug).isNotEmpty();
			assertThat(exercise.get("sources")).as(slug).isNotEmpty();
		}
	}

	@Test
	void shouldDownloadEveryCauseExactlyAsTheListAndEachDetailGiveIt() {
		JsonNode document = json.readTree(get("/api/v1/catalogue").body());
		List<String> listed = get("/api/v1/causes").slugs();
		List<String> downloaded = new ArrayList<>();
		document.get("causes").forEach((cause) -> downloaded.add(cause.get("slug").asString()));
		assertThat(downloaded).isNotEmpty().isEqualTo(listed);
		for (JsonNode cause : document.get("causes")) {
			String slug = cause.get("slug").asString();
			assertThat(cause).as(slug).isEqualTo(json.readTree(get("/api/v1/causes/" + slug).body()));
		}
	}

	@Test
	void shouldLetAnOfflineAppRevalidateTheCatalogueWithItsTag() {
		Answer first = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/catalogue"))
			.header("Accept", "application/json")
			.header("Accept-Encoding", "gzip")
			.exchange());
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(first.bytesOnTheWire()).isLessThan(first.body().length() / 4);
		assertThat(first.header("Cache-Control")).isEqualTo("max-age=3600, public");
		String tag = first.header("ETag");
		assertThat(tag).matches("\"[0-9a-f]{16}-[0-9a-f]{16}-gzip\"");
		Answer again = Answer.of(this.http.get()
			.uri(URI.create("/api/v1/catalogue"))
			.header("Accept", "application/json")
			.header("Accept-Encoding", "gzip")
			.header("If-None-Match", tag)
			.exchange());
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.header("ETag")).isEqualTo(tag);
		Answer plain = get("/api/v1/catalogue");
		assertThat(plain.header("ETag")).isNotEqualTo(tag).startsWith(tag.substring(0, 17));
		assertThat(plain.body()).isEqualTo(first.body());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/api/v1/exercises?size=7", "/api/v1/exercises?size=7&page=2",
			"/api/v1/exercises?size=4&page=99", "/api/v1/exercises?q=stretch&size=3&sort=duration,desc",
			"/api/v1/exercises?goal=stretch&size=5&facets=position",
			"/api/v1/goals/stretch/exercises?size=6&equipment=none", "/api/v1/exercises?difficulty=advanced" })
	void shouldGiveTheSamePagingLinksInTheBodyAsInTheLinkHeader(String request) {
		Answer reply = get(request);
		Map<String, String> header = links(reply.header("Link"));
		Map<String, String> body = new LinkedHashMap<>();
		for (String relation : List.of("first", "prev", "next", "last")) {
			String link = reply.json("$.page." + relation);
			if (link != null) {
				body.put(relation, link);
			}
		}
		assertThat(body).isEqualTo(header).containsKeys("first", "last");
		assertThat(reply.<String>json("$.page.first")).endsWith("page=0");
	}

	@Test
	void shouldWalkEveryPageByFollowingNextFromTheBody() {
		List<String> slugs = new ArrayList<>();
		String next = "/api/v1/exercises?size=4&goal=STRETCH,stabilize,stretch";
		int pages = 0;
		while (next != null) {
			Answer page = get(next);
			slugs.addAll(page.slugs());
			next = page.json("$.page.next");
			pages++;
			assertThat(pages).isLessThan(20);
		}
		List<String> all = get("/api/v1/exercises?size=100&goal=stretch,stabilise").slugs();
		assertThat(slugs).isEqualTo(all);
		assertThat(pages).isEqualTo((all.size() + 3) / 4);
		Answer last = get("/api/v1/exercises?size=4&goal=stabilise&goal=stretch&page=" + (pages - 1));
		assertThat(last.<String>json("$.page.prev"))
			.isEqualTo("/api/v1/exercises?goal=stretch&goal=stabilise&size=4&page=" + (pages - 2));
		assertThat(last.<String>json("$.page.next")).isNull();
	}

	@Test
	void shouldKeepOnlyTheParametersLimberUnderstandsInLinksNormalised() {
		Answer reply = get("/api/v1/exercises?goal=stretch&foo=" + "x".repeat(3000)
				+ "&position=standing&position=seated&position=STANDING&q=hip%20stretch&sort=NAME,%20desc&size=2&page=1");
		assertThat(reply.status()).isEqualTo(200);
		String expected = "/api/v1/exercises?goal=stretch&position=seated&position=standing&q=hip%20stretch&sort=name,desc&size=2&page=";
		assertThat(reply.<String>json("$.page.first")).isEqualTo(expected + "0");
		assertThat(reply.<String>json("$.page.prev")).isEqualTo(expected + "0");
		assertThat(reply.header("Link")).doesNotContain("foo").hasSizeLessThan(1000);
		assertThat(get("/api/v1/goals/STABILIZE/exercises?size=2").<String>json("$.page.next"))
			.isEqualTo("/api/v1/goals/stabilise/exercises?size=2&page=1");
	}

	@Test
	void shouldAnswerTheLongestRequestTheLimitsAllowOnEveryEndpoint() throws IOException {
		JsonNode paths = this.served.contract().spec().get("paths");
		Map<String, String> endpoints = new LinkedHashMap<>();
		Map<String, String> required = new LinkedHashMap<>();
		for (String template : paths.propertyNames()) {
			String path = template;
			List<String> query = new ArrayList<>();
			for (JsonNode parameter : paths.get(template).path("get").path("parameters")) {
				if ("path".equals(parameter.get("in").asString())) {
					path = path.replace("{" + parameter.get("name").asString() + "}",
							parameter.get("example").asString());
				}
				else if ("query".equals(parameter.get("in").asString()) && parameter.path("required").asBoolean()) {
					query.add(parameter.get("name").asString() + "=" + parameter.get("example").asString());
				}
			}
			// As the operation answers: JSON, or the one media type it documents.
			endpoints.put(path,
					paths.get(template)
						.path("get")
						.path("responses")
						.path("200")
						.path("content")
						.propertyNames()
						.iterator()
						.next());
			required.put(path, String.join("&", query));
		}
		assertThat(endpoints).containsKeys("/api/v1/exercises", "/api/v1/exercises/piriformis-stretch",
				"/api/v1/catalogue", "/api/v1/routines", "/api/v1/programmes", "/api/v1/programmes.ics");
		assertThat(required.get("/api/v1/programmes")).startsWith("start=");
		for (String path : endpoints.keySet()) {
			assertThat(longestRequest(path, required.get(path), endpoints.get(path))).as(path)
				.startsWith("HTTP/1.1 200 ");
			if (path.endsWith("/exercises")) {
				boolean goal = !path.startsWith("/api/v1/goals");
				// The longest search finds nothing (first and last links); a matching one
				// gives all four.
				assertThat(longestRequest(path, mostFilters(goal, "%E0%A0%80".repeat(ExerciseQuery.MAX_QUERY)),
						MediaType.APPLICATION_JSON_VALUE))
					.as(path)
					.startsWith("HTTP/1.1 200 ")
					.contains("rel=\"first\"", "rel=\"last\"")
					.doesNotContain("pad=");
				assertThat(longestRequest(path, mostFilters(goal, "stretch"), MediaType.APPLICATION_JSON_VALUE))
					.as(path)
					.startsWith("HTTP/1.1 200 ")
					.contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"")
					.doesNotContain("pad=");
			}
		}
	}

	@Test
	void shouldAnswerTheLongestPreflightTheLimitsAllow() {
		// A preflight echoes the Origin and the headers asked for: together as long as
		// the
		// request's limit allows (with 8 KiB for the answer's headers, a 500).
		String origin = "https://" + "o".repeat(4000) + ".example";
		String start = "OPTIONS /api/v1/exercises HTTP/1.1\r\nHost: localhost\r\nOrigin: " + origin
				+ "\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: x-";
		String end = "\r\nConnection: close\r\n\r\n";
		String asked = "h".repeat(REQUEST_HEADER_LIMIT - start.length() - end.length());
		String answer = raw(start + asked + end);
		assertThat(answer).startsWith("HTTP/1.1 200 ").contains(origin).contains("x-" + asked);
		assertThat(raw(start + asked + "h" + end)).startsWith("HTTP/1.1 400 ");
	}

	// Every filter with as many values as it takes, a search as long as allowed with
	// characters that encode longest, and a page in the middle.
	private String mostFilters(boolean goal, String q) {
		List<String> parameters = new ArrayList<>();
		if (goal) {
			parameters.add("goal=" + twenty("stretch", "strengthen", "stabilise"));
		}
		List<String> muscles = get("/api/v1/muscles").slugs();
		parameters.add("muscle=" + twenty(muscles.toArray(String[]::new)));
		parameters.add("region=" + twenty("glutes", "hips", "lower-back", "core", "thighs", "lower-legs"));
		parameters.add("position=" + twenty("lying-on-back", "lying-on-front", "lying-on-side", "seated", "kneeling",
				"all-fours", "standing"));
		parameters
			.add("equipment=" + twenty("none", "wall", "resistance-band", "weights", "foam-roller", "stable-surface"));
		parameters.add("difficulty=" + twenty("beginner", "intermediate", "advanced"));
		parameters.add("facets=" + twenty("goal", "position", "equipment", "difficulty", "muscle", "region"));
		parameters.add("q=" + q);
		parameters.add("sort=difficulty,desc&size=1&page=1");
		return String.join("&", parameters);
	}

	private static String twenty(String... values) {
		List<String> twenty = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			twenty.add(values[i % values.length]);
		}
		return String.join(",", twenty);
	}

	// The request as long as the limit allows: a long Origin (echoed in CORS headers)
	// and an unknown parameter padding the query string to the last byte.
	private String longestRequest(String path, String understood, String accept) throws IOException {
		String origin = "https://" + "o".repeat(2000) + ".example";
		String head = "Host: localhost\r\nAccept: " + accept + "\r\nOrigin: " + origin
				+ "\r\nConnection: close\r\n\r\n";
		String start = "GET " + path + "?" + (understood.isEmpty() ? "" : understood + "&") + "pad=";
		int padding = REQUEST_HEADER_LIMIT - (start + " HTTP/1.1\r\n" + head).length();
		assertThat(padding).as(path).isPositive();
		String answer = raw(start + "p".repeat(padding) + " HTTP/1.1\r\n" + head);
		// One byte more is over the limit: this was the longest request allowed.
		String over = raw(start + "p".repeat(padding + 1) + " HTTP/1.1\r\n" + head);
		assertThat(over).as(path).startsWith("HTTP/1.1 400 ");
		return answer;
	}

	@Test
	void shouldDeclareRequiredAndNullableExactlyAsRealAnswersAre() throws IOException {
		OpenApiContract contract = this.served.contract();
		SchemaObservations observations = new SchemaObservations(contract.spec());
		List<String> requests = new ArrayList<>(List.of("/api/v1/exercises?size=100",
				"/api/v1/exercises?size=2&page=3&facets=goal,position,equipment,difficulty,muscle,region",
				"/api/v1/exercises?size=2&facets=position", "/api/v1/exercises?facets=muscle,region&q=hip",
				"/api/v1/goals", "/api/v1/goals/stabilise/exercises", "/api/v1/muscles", "/api/v1/cautions",
				"/api/v1/sources", "/api/v1/suggestions?q=pir", "/api/v1/catalogue", "/api/v1/routines",
				"/api/v1/routines?minutes=30", "/api/v1/routines?minutes=1&goal=strengthen",
				"/api/v1/routines?difficulty=advanced", "/api/v1/exercises?goal=relax", "/api/v1/exercises/splits",
				"/api/v1/exercises?size=1000", "/api/v1/sources?x=1", "/api/v1/exercises?q=" + "a".repeat(9000),
				"/api/v1/programmes?start=2027-03-01", "/api/v1/programmes?start=2027-03-01&weeks=6&minutes=20&seed=4",
				"/api/v1/programmes?start=2027-03-01&days=sat,sun&position=standing&equipment=none",
				"/api/v1/programmes?start=2027-03-01&goal=stretch&equipment=weights",
				"/api/v1/programmes?start=2027-02-30", "/api/v1/routines?minutes=20&goal=strengthen&seed=2"));
		get("/api/v1/exercises?size=100").slugs().forEach((slug) -> requests.add("/api/v1/exercises/" + slug));
		get("/api/v1/muscles").slugs().forEach((slug) -> requests.add("/api/v1/muscles/" + slug));
		get("/api/v1/cautions").slugs().forEach((slug) -> requests.add("/api/v1/cautions/" + slug));
		requests.add("/api/v1/causes");
		get("/api/v1/causes").slugs().forEach((slug) -> requests.add("/api/v1/causes/" + slug));
		for (String request : requests) {
			Answer reply = get(request);
			String mediaType = reply.header("Content-Type").split(";")[0].strip();
			JsonNode schema = contract.responseSchema("GET", request.split("\\?")[0], reply.status(), mediaType);
			assertThat(schema.isMissingNode()).as(request).isFalse();
			observations.observe(schema, json.readTree(reply.body()));
		}
		assertThat(observations.differences()).isEmpty();
		assertThat(observations.schemasSeen()).containsAll(responseSchemas(contract.spec()));
		assertThat(observations.nullable("ExerciseDetail")).containsExactly("dosage", "estimatedDurationSeconds");
		assertThat(observations.nullable("PageMetadata")).containsExactly("next", "prev");
		assertThat(observations.nullable("SourceSummary")).containsExactly("authors", "citedBy", "publisher", "year");
		assertThat(observations.alwaysPresent("ExercisePage")).containsExactly("items", "page");
		writeForTheTypeCheck(observations);
	}

	// Every schema a successful answer or a problem can hold, through references.
	private static Set<String> responseSchemas(JsonNode spec) {
		Set<String> names = new TreeSet<>();
		Set<String> seenUnions = new TreeSet<>();
		List<JsonNode> pending = new ArrayList<>();
		spec.get("paths")
			.forEach((item) -> item.path("get")
				.path("responses")
				.forEach((response) -> response.path("content").forEach((media) -> pending.add(media.path("schema")))));
		while (!pending.isEmpty()) {
			JsonNode schema = pending.remove(pending.size() - 1);
			if (schema.has("$ref")) {
				String name = SchemaObservations.name(schema.get("$ref").asString());
				JsonNode named = spec.get("components").get("schemas").get(name);
				// A oneOf has no properties of its own: its options hold them.
				if (!named.has("oneOf") ? names.add(name) : seenUnions.add(name)) {
					pending.add(named);
				}
			}
			schema.path("properties").forEach(pending::add);
			schema.path("anyOf").forEach(pending::add);
			schema.path("oneOf").forEach(pending::add);
			if (schema.has("items")) {
				pending.add(schema.get("items"));
			}
		}
		return names;
	}

	// For .ci/lint-spec: the properties every real answer held, which the TypeScript
	// types generated from the document must not make optional.
	private static void writeForTheTypeCheck(SchemaObservations observations) throws IOException {
		Map<String, Set<String>> present = new TreeMap<>();
		observations.schemasSeen().forEach((name) -> present.put(name, observations.alwaysPresent(name)));
		Path file = Path.of("target", "contract", "always-present.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(present));
	}

	private static Map<String, String> links(String header) {
		Map<String, String> links = new LinkedHashMap<>();
		Matcher matcher = LINK.matcher(header);
		while (matcher.find()) {
			links.put(matcher.group(2), matcher.group(1));
		}
		return links;
	}

	private String raw(String request) {
		return RawHttp.exchange(this.port, request, StandardCharsets.ISO_8859_1);
	}

	private Answer get(String uri) {
		return Answer.of(this.http.get().uri(URI.create(uri)).accept(MediaType.APPLICATION_JSON).exchange());
	}

}
