package app.limber;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@LimberServerTest
class DumpDocsTests {

	@Autowired
	private ServedContract served;

	@Test
	void dump() throws Exception {
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/api-docs.json"), this.served.document());
	}

}
