package app.limber.catalogue.store;

import app.limber.catalogue.SeedCatalogues;
import app.limber.catalogue.TestCatalogues;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.seed.InvalidCatalogueException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import app.limber.LimberApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Limber on a real PostgreSQL, started by the build (one for the whole class): the
 * migrations, replicas racing to import, a running replica following a newly published
 * catalogue under load, an invalid one never reaching it, a live version that cannot be
 * built, and the database stopped under it and started again. The tests run in order and
 * share one serving replica.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresOperationsTests {

	private static final String SECRET = "s3cret";

	@TempDir
	Path folders;

	private Path dataDirectory;

	private EmbeddedPostgres postgres;

	private int port;

	private ConfigurableApplicationContext replica;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	void startPostgres() throws IOException, SQLException {
		this.dataDirectory = Files.createTempDirectory("limber-pg");
		// The data outlives a stop, so that the database can be started again.
		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start();
		this.port = this.postgres.getPort();
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("create user limber password '" + SECRET + "'");
			for (String database : List.of("seed", "race", "serve")) {
				statement.execute("create database " + database + " owner limber");
			}
		}
	}

	@AfterAll
	void stopPostgres() throws IOException {
		if (this.replica != null) {
			this.replica.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

	@Test
	@Order(0)
	void shouldReadTheSeedBackFromPostgresqlAsItWasWritten() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LimberApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments("seed", "classpath:catalogue/"))) {
			SeedCatalogues.assertBuiltAlike(context.getBean(CatalogueStore.class).readLive(), SeedCatalogues.seed());
		}
	}

	@Test
	@Order(1)
	void shouldImportOnceWhenTwoReplicasStartTogether() throws Exception {
		Path catalogue = TestCatalogues.minimal(folder("race"));
		ExecutorService starting = Executors.newFixedThreadPool(2);
		try {
			List<Future<ConfigurableApplicationContext>> replicas = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				replicas.add(starting.submit(() -> startBesideAnother("race", catalogue)));
			}
			for (Future<ConfigurableApplicationContext> replica : replicas) {
				try (ConfigurableApplicationContext context = replica.get()) {
					assertThat(context.getBean(ReadModel.class).current().exercises().size()).isEqualTo(2);
				}
			}
		}
		finally {
			starting.shutdownNow();
		}
		assertThat(query("race", "select count(*) from catalogue_version where live")).isEqualTo(1);
		assertThat(query("race", "select count(*) from catalogue_version")).isEqualTo(1);
		assertThat(query("race", "select count(*) from exercise")).isEqualTo(2);
		// Every migration ran once, by one of the two.
		assertThat(query("race", "select count(*) from flyway_schema_history where success"))
			.isEqualTo(migrations().length);
		assertThat(query("race", "select count(distinct version) from flyway_schema_history where success"))
			.isEqualTo(migrations().length);
	}

	@Test
	@Order(2)
	void shouldFollowANewlyPublishedCatalogueWhileServingWithoutAFailedRequest() throws Exception {
		this.replica = start("serve", TestCatalogues.minimal(folder("v1")), WebApplicationType.SERVLET);
		String v1 = served();
		HttpResponse<String> before = get("/api/v1/exercises/forward-fold");
		assertThat(before.body()).contains("\"name\":\"Forward fold\"");
		Path v2 = TestCatalogues.renamed(folder("v2"), "Forward fold", "Standing forward fold");

		AtomicBoolean loading = new AtomicBoolean(true);
		List<String> problems = new CopyOnWriteArrayList<>();
		Map<String, AtomicInteger> answersByVersion = new ConcurrentHashMap<>();
		ExecutorService load = Executors.newFixedThreadPool(3);
		for (int i = 0; i < 3; i++) {
			int client = i;
			load.submit(() -> {
				int n = 0;
				while (loading.get()) {
					// Distinct queries too, so that not every answer comes from the
					// cache.
					String path = (n++ % 2 == 0) ? "/api/v1/exercises/forward-fold"
							: "/api/v1/exercises?q=fold&size=" + (1 + (client * 31 + n) % 100);
					try {
						HttpResponse<String> response = get(path);
						String version = response.headers().firstValue("Limber-Catalogue-Version").orElse("");
						String etag = response.headers().firstValue("ETag").orElse("");
						if (response.statusCode() != 200 || !etag.startsWith("\"" + version + "-")) {
							problems.add(path + " -> " + response.statusCode() + " " + version + " " + etag);
						}
						boolean renamed = response.body().contains("Standing forward fold");
						if (renamed == version.equals(v1)) {
							problems.add(path + " mixed: version " + version + " body " + response.body());
						}
						answersByVersion.computeIfAbsent(version, (key) -> new AtomicInteger()).incrementAndGet();
					}
					catch (Exception ex) {
						problems.add(path + " -> " + ex);
					}
				}
			});
		}
		Thread.sleep(300);
		// Publishing: one instance started on the new catalogue, then stopped.
		start("serve", v2, WebApplicationType.NONE).close();
		String v2Version = awaitServedVersionOtherThan(v1);
		Thread.sleep(300);
		loading.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

		assertThat(problems).isEmpty();
		assertThat(answersByVersion).containsKeys(v1, v2Version);
		HttpResponse<String> after = get("/api/v1/exercises/forward-fold");
		assertThat(after.body()).contains("\"name\":\"Standing forward fold\"");
		assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
		HttpResponse<String> revalidated = get("/api/v1/exercises/forward-fold", "If-None-Match",
				before.headers().firstValue("ETag").orElseThrow());
		assertThat(revalidated.statusCode()).isEqualTo(200);
		assertThat(query("serve", "select count(*) from catalogue_version")).isEqualTo(2);
	}

	@Test
	@Order(3)
	void shouldNeverPublishAnInvalidCatalogue() throws Exception {
		String served = served();
		Path invalid = TestCatalogues.minimal(folder("invalid"), "unknown-muscle");
		assertThatThrownBy(() -> start("serve", invalid, WebApplicationType.NONE).close())
			.hasRootCauseInstanceOf(InvalidCatalogueException.class);
		this.replica.getBean(CatalogueRefresher.class).refresh();
		assertThat(served()).isEqualTo(served);
		assertThat(query("serve", "select count(*) from catalogue_version")).isEqualTo(2);
	}

	@Test
	@Order(4)
	void shouldKeepServingTheOldCatalogueWhenTheLiveOneCannotBeBuilt() throws Exception {
		String served = served();
		// A live version whose rows are not in the database: built, it would be wrong.
		execute("serve", "update catalogue_version set live = false");
		execute("serve",
				"insert into catalogue_version (hash, location, imported_at, exercises, muscles, cautions, sources, live)"
						+ " values ('" + "ab".repeat(32) + "', 'by hand', current_timestamp, 99, 1, 1, 1, true)");
		assertThat(this.replica.getBean(CatalogueRefresher.class).refresh()).isFalse();
		assertThat(served()).isEqualTo(served);
		assertThat(status("/components/catalogue")).isEqualTo("STALE");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		execute("serve", "delete from catalogue_version where location = 'by hand'");
		execute("serve", "update catalogue_version set live = true where hash like '" + served + "%'");
		this.replica.getBean(CatalogueRefresher.class).refresh();
		assertThat(status("/components/catalogue")).isEqualTo("UP");
	}

	@Test
	@Order(5)
	void shouldKeepAnsweringFromMemoryWhileTheDatabaseIsDownAndFollowItWhenItIsBack() throws Exception {
		String served = served();
		this.postgres.close();
		this.postgres = null;
		assertThat(this.replica.getBean(CatalogueRefresher.class).refresh()).isFalse();
		for (String path : List.of("/api/v1/exercises?q=bridge", "/api/v1/exercises/bridge", "/api/v1/goals",
				"/api/v1/muscles", "/api/v1/cautions", "/api/v1/causes", "/api/v1/sources",
				"/api/v1/routines?minutes=5", "/api/v1/suggestions?q=fo")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
		assertThat(status("/components/db")).isEqualTo("DOWN");
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(this.port)
			.start();
		start("serve", TestCatalogues.renamed(folder("v3"), "Forward fold", "Forward fold, again"),
				WebApplicationType.NONE)
			.close();
		assertThat(awaitServedVersionOtherThan(served)).isNotEqualTo(served);
		assertThat(get("/api/v1/exercises/forward-fold").body()).contains("Forward fold, again");
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	private ConfigurableApplicationContext start(String database, Path catalogue, WebApplicationType type) {
		return new SpringApplicationBuilder(LimberApplication.class).web(type).run(arguments(database, catalogue));
	}

	// Two applications in one JVM share its logging system, and Spring Boot setting it up
	// for both at once races: one's reset can drop the Environment that the other's log
	// encoder is about to read, and that start fails. Replicas are separate JVMs, so one
	// started beside another leaves logging as the JVM has it.
	private ConfigurableApplicationContext startBesideAnother(String database, Path catalogue) {
		SpringApplication application = new SpringApplicationBuilder(LimberApplication.class)
			.web(WebApplicationType.NONE)
			.build();
		application.setListeners(application.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return application.run(arguments(database, catalogue));
	}

	private String[] arguments(String database, Path catalogue) {
		return arguments(database, catalogue.toString());
	}

	private String[] arguments(String database, String catalogue) {
		return new String[] { "--limber.catalogue.location=" + catalogue,
				"--spring.datasource.url=jdbc:postgresql://localhost:" + this.port + "/" + database,
				"--spring.datasource.username=limber", "--spring.datasource.password=" + SECRET,
				"--limber.catalogue.poll-interval=200ms", "--server.port=0", "--spring.main.banner-mode=off" };
	}

	private static Resource[] migrations() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
	}

	private String status(String component) throws IOException, InterruptedException {
		return JsonMapper.shared().readTree(get("/actuator/health").body()).at(component + "/status").asString();
	}

	private Path folder(String name) throws IOException {
		return Files.createDirectories(this.folders.resolve(name));
	}

	private String served() {
		return this.replica.getBean(ReadModel.class).latest().version().shortHash();
	}

	private String awaitServedVersionOtherThan(String version) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (!served().equals(version)) {
				return served();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The replica still serves " + version);
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		int serverPort = ((WebServerApplicationContext) this.replica).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path))
			.timeout(Duration.ofSeconds(20));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + this.port + "/" + database, "postgres",
				"postgres");
	}

	private long query(String database, String sql) throws SQLException {
		try (Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private void execute(String database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
