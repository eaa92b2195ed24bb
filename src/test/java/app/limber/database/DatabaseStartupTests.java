package app.limber.database;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import app.limber.LimberApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Start-up against a database that is not there fails in seconds, with one report that
 * names the database without its password.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTests {

	@Test
	void shouldFailFastWithOneClearMessageWhenTheDatabaseIsUnreachable(CapturedOutput output) throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://localhost:" + closedPort + "/limber?user=limber&password=hunter2";
		Instant start = Instant.now();
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LimberApplication.class).web(WebApplicationType.NONE)
				.run("--spring.datasource.url=" + url, "--spring.datasource.password=hunter2",
						"--spring.main.banner-mode=off")
				.close());
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(15));
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains("Limber cannot connect to its database at jdbc:postgresql://localhost:" + closedPort
					+ "/limber?user=limber&password=******: Connection to localhost:" + closedPort + " refused")
			.contains("spring.datasource.url")
			.doesNotContain("hunter2")
			.doesNotContain("\tat ");
	}

	@Test
	void shouldMaskPasswordsInDatabaseUrls() {
		assertThat(
				DatabaseUnreachableFailureAnalyzer.withoutPassword("jdbc:postgresql://db/limber?password=x&ssl=true"))
			.isEqualTo("jdbc:postgresql://db/limber?password=******&ssl=true");
		assertThat(DatabaseUnreachableFailureAnalyzer.withoutPassword("jdbc:postgresql://limber:x@db/limber"))
			.isEqualTo("jdbc:postgresql://limber:******@db/limber");
		assertThat(DatabaseUnreachableFailureAnalyzer.withoutPassword("jdbc:h2:mem:limber"))
			.isEqualTo("jdbc:h2:mem:limber");
	}

}
