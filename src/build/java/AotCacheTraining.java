import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Trains Limber's AOT cache (JDK 25, JEP 483 and 515), run by the build as a single-file
 * program: starts the extracted application on the production JDK with its JVM flags and
 * {@code -XX:AOTCacheOutput}, sends it the kinds of request its users send (each three
 * times: by Spring MVC, by Spring MVC again (the response cache keeps an answer the
 * second time its request comes), then from the response cache), then stops it. The JVM
 * writes the cache as it exits: every class that start-up and those requests loaded,
 * loaded and linked, and the profiles of the methods they ran, so that a replica starts
 * with its classes in place and its JIT already knowing the hot paths. The OpenAPI
 * document and Swagger UI are left out: developers ask for them now and then, apps never,
 * and the classes that write the document would make every replica's cache and resident
 * memory larger (site page performance.md).
 *
 * <p>
 * Arguments: the {@code java} launcher, the application jar, the cache to write, the log
 * to write, then the JVM flags.
 */
public class AotCacheTraining {

	private static final List<String> PATHS = List.of("/actuator/health", "/actuator/info", "/api/v1/exercises",
			"/api/v1/exercises?goal=stretch", "/api/v1/exercises?goal=strengthen&equipment=none",
			"/api/v1/exercises?q=hip&sort=name", "/api/v1/exercises?muscle=gluteus-maximus&page=1&size=5",
			"/api/v1/exercises?region=glutes&position=lying-on-back&difficulty=beginner",
			"/api/v1/exercises/glute-bridge", "/api/v1/goals", "/api/v1/goals/stabilise/exercises",
			"/api/v1/muscles", "/api/v1/muscles/piriformis", "/api/v1/cautions", "/api/v1/cautions?severity=stop",
			"/api/v1/sources", "/api/v1/routines?minutes=10&equipment=none", "/api/v1/exercises?goal=flying",
			"/api/v1/causes", "/api/v1/causes/weak-glutes", "/api/v1/exercises?cause=weak-glutes",
			"/api/v1/suggestions?q=pir", "/api/v1/exercises?q=hamstrng&sort=relevance",
			"/api/v1/programmes?start=2027-01-04&weeks=4&minutes=15",
			"/api/v1/programmes.ics?start=2027-01-04&weeks=2&days=mon&days=thu&tz=Europe/Oslo",
			"/api/v1/exercises/no-such-exercise", "/no-such-page");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			throw new IllegalArgumentException("usage: AotCacheTraining JAVA JAR CACHE LOG [JVM FLAGS...]");
		}
		Path cache = Path.of(args[2]);
		Files.deleteIfExists(cache);
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(args[0]);
		command.addAll(List.of(args).subList(4, args.length));
		command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-jar", args[1], "--server.port=" + port,
				"--spring.main.banner-mode=off",
				"--logging.level.root=warn"));
		Process app = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File(args[3]))
			.start();
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://localhost:" + port;
			awaitHealthy(client, base, app, args[3]);
			for (int round = 0; round < 3; round++) {
				for (String path : PATHS) {
					send(client, "GET", base + path, Map.of("Accept", "application/json"));
					send(client, "GET", base + path, Map.of("Accept-Encoding", "gzip"));
				}
			}
			String etag = send(client, "GET", base + "/api/v1/goals", Map.of()).headers()
				.firstValue("ETag")
				.orElse("\"none\"");
			send(client, "GET", base + "/api/v1/goals", Map.of("If-None-Match", etag));
			send(client, "HEAD", base + "/api/v1/muscles", Map.of());
			send(client, "OPTIONS", base + "/api/v1/goals",
					Map.of("Origin", "https://app.example", "Access-Control-Request-Method", "GET"));
			send(client, "POST", base + "/api/v1/goals", Map.of());
		}
		finally {
			// A normal exit (SIGTERM, then Spring's graceful shutdown) writes the cache.
			app.destroy();
			if (!app.waitFor(1, TimeUnit.MINUTES)) {
				app.destroyForcibly();
				throw new IllegalStateException("Limber did not stop within a minute; see " + args[3]);
			}
		}
		if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
			throw new IllegalStateException("No AOT cache was written to " + cache + "; see " + args[3]);
		}
		System.out.printf("AOT cache %s trained on %d requests (%d MiB)%n", cache, PATHS.size() * 4 + 4,
				Files.size(cache) >> 20);
	}

	private static void awaitHealthy(HttpClient client, String base, Process app, String log)
			throws InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new IllegalStateException("Limber exited with " + app.exitValue() + "; see " + log);
			}
			try {
				if (send(client, "GET", base + "/actuator/health", Map.of()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Limber was not healthy within " + START_TIMEOUT + "; see " + log);
	}

	private static HttpResponse<byte[]> send(HttpClient client, String method, String uri,
			Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
			.timeout(Duration.ofSeconds(30))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
