package app.limber.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest(SourceController.class)
class SourceControllerTests {

	private static final Source GLUTE_EXERCISES = new Source("glute-exercises", SourceKind.ARTICLE,
			"Glute exercises to relieve lower back pain", null, "A clinic", null, null);

	private static final Source BACK_STRETCHES = new Source("back-stretches", SourceKind.ARTICLE,
			"Stretches for lower back pain", "A. Writer", null, 2023, null);

	private static final Source LEE_2024 = new Source("lee-2024", SourceKind.REFERENCE,
			"Exercise interventions for lower back pain", "Lee, H., et al.", "Scientific Reports", 2024,
			GLUTE_EXERCISES);

	private static final Source ADAMS_2019 = new Source("adams-2019", SourceKind.REFERENCE, "Core stability",
			"Adams, M.", "Spine", 2019, GLUTE_EXERCISES);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SourceRepository sources;

	@Test
	void shouldListTheArticlesBeforeTheReferencesEachBySlug() {
		given(this.sources.findAll()).willReturn(List.of(LEE_2024, GLUTE_EXERCISES, ADAMS_2019, BACK_STRETCHES));
		assertThat(this.mvc.get().uri("/api/v1/sources")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray()
						.containsExactly("back-stretches", "glute-exercises", "adams-2019", "lee-2024"))
			.hasPathSatisfying("$.items[*].kind", (kinds) -> assertThat(kinds).asArray()
				.containsExactly("article", "article", "reference", "reference"));
	}

	@Test
	void shouldShowEachSourceWithTheArticleThatCitesIt() {
		given(this.sources.findAll()).willReturn(List.of(LEE_2024, GLUTE_EXERCISES));
		assertThat(this.mvc.get().uri("/api/v1/sources")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{ "items": [
				  { "slug": "glute-exercises", "kind": "article", "title": "Glute exercises to relieve lower back pain",
				    "authors": null, "publisher": "A clinic", "year": null, "citedBy": null },
				  { "slug": "lee-2024", "kind": "reference", "title": "Exercise interventions for lower back pain",
				    "authors": "Lee, H., et al.", "publisher": "Scientific Reports", "year": 2024,
				    "citedBy": "glute-exercises" }
				] }
				""");
	}

	@Test
	void shouldAnswerOkWithNoItemsWhenThereAreNoSources() {
		given(this.sources.findAll()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/api/v1/sources")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{ "items": [] }
				""");
	}

	@Test
	void shouldAnswerAProblemForOneSourceAsTheApiHasNoSuchPath() {
		assertThat(this.mvc.get().uri("/api/v1/sources/glute-exercises")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:no-such-path", "status": 404,
					  "instance": "/api/v1/sources/glute-exercises" }
					""");
	}

	@Test
	void shouldRefuseToAddASource() {
		assertThat(this.mvc.post().uri("/api/v1/sources").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Allow", "GET,HEAD,OPTIONS")
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:method-not-allowed", "status": 405 }
					""");
	}

}
