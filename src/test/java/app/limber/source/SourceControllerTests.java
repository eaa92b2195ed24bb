package app.limber.source;

import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.web.ControllerSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The source list over the real seed catalogue (see {@code catalogue/sources.json}).
 */
@ControllerSliceTest
class SourceControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReadModel readModel;

	@BeforeEach
	void serveTheSeedCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.seed());
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
		assertThatProblem(this.mvc.get().uri("/api/v1/sources/lee-2024-exercise-interventions").exchange())
			.is(404, "no-such-path")
			.hasInstance("/api/v1/sources/lee-2024-exercise-interventions");
	}

	@Test
	void shouldRefuseToAddASource() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/sources")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThatProblem(result).is(405, "method-not-allowed");
		assertThat(result).hasHeader("Allow", "GET,HEAD,OPTIONS");
	}

}
