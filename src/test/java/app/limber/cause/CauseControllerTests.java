package app.limber.cause;

import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.web.ControllerSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The cause endpoints over the real seed catalogue (see {@code catalogue/causes.json}),
 * and over the small test catalogue.
 */
@ControllerSliceTest
class CauseControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReadModel readModel;

	@BeforeEach
	void serveTheSeedCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.seed());
	}

	@Test
	void shouldListCausesByNameWithTheirExerciseCounts() {
		assertThat(this.mvc.get().uri("/api/v1/causes")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray()
						.containsExactly("improper-lifting", "muscle-imbalances", "nerve-irritation", "overuse",
								"poor-posture", "prolonged-sitting", "stress", "tight-hamstrings", "tight-hips",
								"tight-glutes", "trigger-points", "underlying-conditions", "weak-glutes"))
			.hasPathSatisfying("$.items[*].exerciseCount",
					(counts) -> assertThat(counts).asArray().containsExactly(0, 3, 2, 1, 5, 7, 1, 5, 4, 4, 1, 0, 7))
			.hasPathSatisfying("$.items[5].sources",
					(sources) -> assertThat(sources).asArray()
						.containsExactly("say-goodbye-to-lower-back-pain", "how-to-fix-lower-back-and-glute-pain",
								"relieve-lower-back-and-glute-pain-with-exercises", "stretches-for-a-flexible-back"))
			.hasPathSatisfying("$.items[5].terms", (terms) -> assertThat(terms).asArray().contains("desk", "office"))
			.hasPathSatisfying("$.items[5].summary",
					(summary) -> assertThat(summary).asString().startsWith("Long hours of sitting"));
	}

	@Test
	void shouldShowACauseWithItsExercisesByNameAndWhyEachIsTied() {
		assertThat(this.mvc.get().uri("/api/v1/causes/nerve-irritation")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "slug": "nerve-irritation",
							  "name": "Nerve irritation (sciatica)",
							  "summary": "Irritation of a nerve, as in sciatica. Stretching can relieve pressure on nerves and compression around the sciatic nerve; the piriformis stretch is particularly helpful for piriformis syndrome and discomfort caused by the sciatic nerve. Persistent neurological symptoms need a medical assessment.",
							  "sources": [ "say-goodbye-to-lower-back-pain", "how-to-fix-lower-back-and-glute-pain",
							               "stretches-for-a-flexible-back" ],
							  "terms": [ "sciatica", "sciatic nerve", "nerve irritation", "pressure on nerves", "piriformis syndrome" ],
							  "exercises": [
							    { "slug": "pigeon-pose", "name": "Pigeon pose", "reasons": [
							      { "source": "how-to-fix-lower-back-and-glute-pain",
							        "reason": "One of the targeted stretches that relieve pressure on nerves.", "implied": true } ] },
							    { "slug": "piriformis-stretch", "name": "Piriformis stretch", "reasons": [
							      { "source": "say-goodbye-to-lower-back-pain",
							        "reason": "Relieves compression around the sciatic nerve.", "implied": false },
							      { "source": "stretches-for-a-flexible-back",
							        "reason": "Particularly helpful for piriformis syndrome and discomfort caused by the sciatic nerve.",
							        "implied": false },
							      { "source": "how-to-fix-lower-back-and-glute-pain",
							        "reason": "One of the targeted stretches that relieve pressure on nerves.", "implied": true } ] }
							  ]
							}
							""");
	}

	@Test
	void shouldShowACauseNoExerciseIsTiedToWithNoExercises() {
		assertThat(this.mvc.get().uri("/api/v1/causes/improper-lifting")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "slug": "improper-lifting", "sources": [ "stretches-for-a-flexible-back",
					  "glute-exercises-to-relieve-lower-back-pain" ], "exercises": [] }
					""");
	}

	@Test
	void shouldServeTheCausesOfAnotherCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.of("classpath:catalogues/minimal/"));
		assertThat(this.mvc.get().uri("/api/v1/causes")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{ "items": [ { "slug": "tight-hamstrings", "exerciseCount": 1 },
				             { "slug": "weak-glutes", "exerciseCount": 1 } ] }
				""");
		assertThat(this.mvc.get().uri("/api/v1/causes/tight-hamstrings")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "exercises": [ { "slug": "forward-fold", "name": "Forward fold", "reasons": [
					  { "source": "article-one", "reason": "Stretches the hamstrings.", "implied": true } ] } ] }
					""");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownCause() {
		assertThatProblem(this.mvc.get().uri("/api/v1/causes/shin-splints").exchange()).is(404, "not-found")
			.hasTitle("Not found")
			.hasDetail("No cause has the slug 'shin-splints'.")
			.hasInstance("/api/v1/causes/shin-splints");
	}

}
