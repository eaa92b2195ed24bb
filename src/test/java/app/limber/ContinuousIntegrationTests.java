package app.limber;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every submission lints the OpenAPI document Limber serves and reads its calendar feeds:
 * CI runs the tests, then both linters and the type generation, then ical.js, with the
 * tools' exact versions pinned and no install scripts run.
 */
class ContinuousIntegrationTests {

	private static final Path CI = Path.of(".ci");

	private static final Map<String, String> TOOLS = Map.of("@stoplight/spectral-cli", "6.16.3", "@redocly/cli",
			"2.77.0", "openapi-typescript", "7.13.0");

	@Test
	void shouldLintTheServedDocumentAfterTheTestsOnEverySubmission() throws IOException {
		List<String> run = Files.readAllLines(CI.resolve("run"));
		assertThat(run).containsSubsequence("./mvnw verify", ".ci/lint-spec");
		Path lint = CI.resolve("lint-spec");
		assertThat(Files.isExecutable(lint)).isTrue();
		assertThat(Files.readString(lint)).contains("set -euo pipefail")
			.contains("java -jar \"$jar\"", "/v3/api-docs")
			.contains("spectral\" lint --ruleset \"$tools/.spectral.yaml\" --fail-severity=hint")
			.contains("redocly\" lint --config \"$tools/redocly.yaml\"", "check-lint.mjs")
			.contains("openapi-typescript\"", "check-types.mjs", "target/contract/always-present.json");
		assertThat(Files.readString(CI.resolve("spec/.spectral.yaml"))).contains("extends: [\"spectral:oas\"]");
		assertThat(Files.readString(CI.resolve("spec/redocly.yaml"))).contains("- recommended")
			.doesNotContain("rules:");
	}

	@Test
	void shouldReadTheServedCalendarsWithIcalJsAfterTheTests() throws IOException {
		assertThat(Files.readAllLines(CI.resolve("run"))).containsSubsequence("./mvnw verify", ".ci/check-calendar");
		Path check = CI.resolve("check-calendar");
		assertThat(Files.isExecutable(check)).isTrue();
		assertThat(Files.readString(check)).contains("set -euo pipefail", "java -jar \"$jar\"",
				"npm ci --ignore-scripts", "check-calendar.mjs");
		JsonMapper json = JsonMapper.builder().build();
		JsonNode manifest = json.readTree(CI.resolve("calendar/package.json").toFile());
		JsonNode lock = json.readTree(CI.resolve("calendar/package-lock.json").toFile());
		assertThat(manifest.get("dependencies").propertyNames()).containsExactly("ical.js");
		assertThat(manifest.get("dependencies").get("ical.js").asString()).matches("2\\.\\d+\\.\\d+");
		assertThat(lock.get("packages").get("node_modules/ical.js").get("version").asString())
			.isEqualTo(manifest.get("dependencies").get("ical.js").asString());
		assertThat(Files.readAllLines(CI.resolve("calendar/.npmrc"))).contains("ignore-scripts=true");
	}

	@Test
	void shouldPinTheToolsExactlyAndRunNoInstallScripts() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode manifest = json.readTree(CI.resolve("spec/package.json").toFile());
		JsonNode lock = json.readTree(CI.resolve("spec/package-lock.json").toFile());
		assertThat(manifest.get("dependencies").propertyNames()).containsExactlyInAnyOrderElementsOf(TOOLS.keySet());
		TOOLS.forEach((tool, version) -> {
			assertThat(manifest.get("dependencies").get(tool).asString()).as(tool).isEqualTo(version);
			assertThat(lock.get("packages").get("node_modules/" + tool).get("version").asString()).as(tool)
				.isEqualTo(version);
		});
		assertThat(Files.readAllLines(CI.resolve("spec/.npmrc"))).contains("ignore-scripts=true");
		assertThat(Files.readString(CI.resolve("lint-spec"))).contains("npm ci --ignore-scripts");
	}

}
