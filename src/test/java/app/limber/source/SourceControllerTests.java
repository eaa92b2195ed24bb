package app.limber.source;

import app.limber.catalogue.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The source list over the real seed catalogue (see {@code catalogue/sources.json}).
 */
@WebMvcTest(SourceController.class)
class SourceControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ReadModel readModel;

	@BeforeEach
	void serveTheSeedCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.seed());
	}

	@Test
	void shouldListTheArticlesBeforeTheReferencesEachBySlug() {
		assertThat(this.mvc.get().uri("/api/v1/sources")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug", (slugs) -> assertThat(slugs).asArray()
				.containsExactly("glute-exercises-to-relieve-lower-back-pain", "how-to-fix-lower-back-and-glute-pain",
						"relieve-lower-back-and-glute-pain-with-exercises", "say-goodbye-to-lower-back-pain",
						"stretches-for-a-flexible-back", "british-heart-foundation-2023-exercises-for-lower-back-pain",
						"brown-2021-effectiveness-of-exercise-programs", "harvard-health-2023-relieve-low-back-pain",
						"lee-2024-exercise-interventions", "mayo-clinic-2023-back-pain",
						"smith-2016-role-of-gluteal-muscles", "tricare-2023-chronic-lower-back-pain"))
			.hasPathSatisfying("$.items[*].kind",
					(kinds) -> assertThat(kinds).asArray()
						.containsExactly("article", "article", "article", "article", "article", "reference",
								"reference", "reference", "reference", "reference", "reference", "reference"));
	}

	@Test
	void shouldShowEachSourceWithTheArticleThatCitesIt() {
		assertThat(this.mvc.get().uri("/api/v1/sources")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{ "items": [
							  { "slug": "glute-exercises-to-relieve-lower-back-pain", "kind": "article",
							    "title": "Glute exercises to relieve lower back pain", "authors": null,
							    "publisher": "Trifocus Fitness Academy", "year": null, "citedBy": null, "titleIsDescriptive": false },
							  { "slug": "how-to-fix-lower-back-and-glute-pain", "kind": "article",
							    "title": "How to Fix Lower Back and Glute Pain", "authors": null, "publisher": null, "year": null,
							    "citedBy": null, "titleIsDescriptive": false },
							  { "slug": "relieve-lower-back-and-glute-pain-with-exercises", "kind": "article",
							    "title": "Relieve lower back and glute pain with these exercises", "authors": null, "publisher": null,
							    "year": null, "citedBy": null, "titleIsDescriptive": false },
							  { "slug": "say-goodbye-to-lower-back-pain", "kind": "article", "title": "Say Goodbye to Lower Back Pain",
							    "authors": null, "publisher": null, "year": null, "citedBy": null, "titleIsDescriptive": false },
							  { "slug": "stretches-for-a-flexible-back", "kind": "article",
							    "title": "Back flexibility stretches", "authors": null, "publisher": null, "year": null,
							    "citedBy": null, "titleIsDescriptive": true },
							  { "slug": "british-heart-foundation-2023-exercises-for-lower-back-pain", "kind": "reference",
							    "title": "Exercises for lower back pain", "authors": "British Heart Foundation",
							    "publisher": "Heart Matters Magazine", "year": 2023,
							    "citedBy": "relieve-lower-back-and-glute-pain-with-exercises", "titleIsDescriptive": false },
							  { "slug": "brown-2021-effectiveness-of-exercise-programs", "kind": "reference",
							    "title": "Effectiveness of exercise programs for gluteal and lower back pain",
							    "authors": "Brown, T., et al.", "publisher": "Journal of Orthopaedic & Sports Physical Therapy",
							    "year": 2021, "citedBy": "relieve-lower-back-and-glute-pain-with-exercises", "titleIsDescriptive": false },
							  { "slug": "harvard-health-2023-relieve-low-back-pain", "kind": "reference",
							    "title": "Relieve low back pain with stretching", "authors": "Harvard Health Publishing",
							    "publisher": "Harvard Health", "year": 2023,
							    "citedBy": "relieve-lower-back-and-glute-pain-with-exercises", "titleIsDescriptive": false },
							  { "slug": "lee-2024-exercise-interventions", "kind": "reference",
							    "title": "Exercise interventions for lower back and glute pain", "authors": "Lee, H., et al.",
							    "publisher": "Scientific Reports", "year": 2024,
							    "citedBy": "relieve-lower-back-and-glute-pain-with-exercises", "titleIsDescriptive": false },
							  { "slug": "mayo-clinic-2023-back-pain", "kind": "reference", "title": "Back pain: Causes and treatments",
							    "authors": "Mayo Clinic Staff", "publisher": "Mayo Clinic", "year": 2023,
							    "citedBy": "relieve-lower-back-and-glute-pain-with-exercises", "titleIsDescriptive": false },
							  { "slug": "smith-2016-role-of-gluteal-muscles", "kind": "reference",
							    "title": "The role of gluteal muscles in lower back health", "authors": "Smith, J.",
							    "publisher": "Journal of Orthopaedic & Sports Physical Therapy", "year": 2016,
							    "citedBy": "relieve-lower-back-and-glute-pain-with-exercises", "titleIsDescriptive": false },
							  { "slug": "tricare-2023-chronic-lower-back-pain", "kind": "reference",
							    "title": "Chronic lower back pain: Information and exercises", "authors": "TRICARE",
							    "publisher": "TRICARE", "year": 2023, "citedBy": "relieve-lower-back-and-glute-pain-with-exercises", "titleIsDescriptive": false }
							] }
							""");
	}

	@Test
	void shouldAnswerAProblemForOneSourceAsTheApiHasNoSuchPath() {
		assertThat(this.mvc.get().uri("/api/v1/sources/lee-2024-exercise-interventions"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:no-such-path", "status": 404,
					  "instance": "/api/v1/sources/lee-2024-exercise-interventions" }
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
