package app.limber.muscle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.SeedCatalogues;
import app.limber.web.ControllerSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static app.limber.problem.ProblemAssert.assertThatProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The muscle endpoints over the real seed catalogue (see {@code catalogue/muscles.json}),
 * and over the small test catalogue where the seed has no example.
 */
@ControllerSliceTest
class MuscleControllerTests {

	private static final Path MINIMAL = Path.of("src/test/resources/catalogues/minimal");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReadModel readModel;

	@TempDir
	Path folder;

	@BeforeEach
	void serveTheSeedCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.seed());
	}

	@Test
	void shouldListMusclesByNameWithTheirExerciseCounts() {
		assertThat(this.mvc.get().uri("/api/v1/muscles")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray()
						.containsExactly("abdominals", "adductors", "calves", "erector-spinae", "gluteus-maximus",
								"gluteus-medius", "gluteus-minimus", "hamstrings", "hip-flexors", "hip-rotators",
								"piriformis", "quadratus-lumborum", "rectus-femoris"))
			.hasPathSatisfying("$.items[*].exerciseCount",
					(counts) -> assertThat(counts).asArray().containsExactly(9, 1, 1, 15, 18, 2, 0, 6, 2, 1, 1, 1, 1))
			.hasPathSatisfying("$.items[1]", (adductors) -> assertThat(adductors).isEqualTo(Map.of("slug", "adductors",
					"name", "Adductors", "region", "thighs", "description",
					"The inner thigh muscles. Flexibility in the hips and inner thighs is crucial for maintaining good posture and alignment.",
					"aliases", List.of("Inner thighs", "Inner thigh muscles"), "exerciseCount", 1)));
	}

	@Test
	void shouldListOnlyTheMusclesOfARegion() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=glutes")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug", (slugs) -> assertThat(slugs).asArray()
				.containsExactly("gluteus-maximus", "gluteus-medius", "gluteus-minimus", "piriformis"));
	}

	@Test
	void shouldListTheMusclesOfAnyOfSeveralRegions() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=core,lower-legs")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray().containsExactly("abdominals", "calves"));
	}

	@Test
	void shouldReadTheRegionIgnoringCase() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=Lower-Back")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray().containsExactly("erector-spinae", "quadratus-lumborum"));
	}

	@Test
	void shouldListEveryMuscleForABlankRegion() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items", (items) -> assertThat(items).asArray().hasSize(13));
	}

	@Test
	void shouldListEveryMuscleForARegionOfSpaces() {
		assertThat(this.mvc.get().uri("/api/v1/muscles").param("region", " ")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items", (items) -> assertThat(items).asArray().hasSize(13));
	}

	@Test
	void shouldRefuseMoreRegionsThanTheListTakes() {
		String many = "region=glutes&".repeat(21);
		assertThatProblem(this.mvc.get().uri("/api/v1/muscles?" + many).exchange()).isInvalidParameter("region")
			.hasDetailContaining("'region' takes at most 20 values.");
	}

	@Test
	void shouldAnswerOkWithNoItemsForARegionWithoutMuscles() {
		// The minimal catalogue has muscles in the glutes and thighs only.
		given(this.readModel.current()).willReturn(SeedCatalogues.of("classpath:catalogues/minimal/"));
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=core")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{ "items": [] }
				""");
	}

	@Test
	void shouldRejectUnknownRegion() {
		assertThatProblem(this.mvc.get().uri("/api/v1/muscles?region=neck").exchange()).isInvalidParameter("region")
			.hasTitle("Invalid parameter")
			.hasInstance("/api/v1/muscles")
			.allows("glutes", "hips", "lower-back", "core", "thighs", "lower-legs")
			.hasDetailContaining("'neck'");
	}

	@Test
	void shouldShowAMuscleWithThePrimaryAndSecondaryExercisesThatWorkIt() {
		assertThat(this.mvc.get().uri("/api/v1/muscles/hip-flexors")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "slug": "hip-flexors",
							  "name": "Hip flexors",
							  "region": "hips",
							  "description": "They tighten with prolonged sitting or a sedentary lifestyle. Tight hip flexors restrict proper pelvic movement, forcing the lower back to compensate, and can tilt the pelvis forward, causing excessive curvature of the lower spine (lordosis).",
							  "aliases": [],
							  "exercises": {
							    "primary": [ { "slug": "hip-flexor-stretch", "name": "Hip flexor stretch" } ],
							    "secondary": [ { "slug": "sphinx-pose", "name": "Sphinx pose" } ]
							  }
							}
							""");
	}

	@Test
	void shouldListTheExercisesOfAMuscleByName() {
		assertThat(this.mvc.get().uri("/api/v1/muscles/hamstrings")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.exercises.primary[*].slug",
					(slugs) -> assertThat(slugs).asArray()
						.containsExactly("downward-facing-dog", "romanian-deadlift", "seated-forward-bend",
								"seated-hamstring-stretch", "standing-forward-fold", "standing-hamstring-stretch"))
			.hasPathSatisfying("$.exercises.secondary[*].slug", (slugs) -> assertThat(slugs).asArray().isEmpty());
	}

	@Test
	void shouldShowAMuscleThatNoExerciseWorksWithEmptyLists() throws IOException {
		given(this.readModel.current()).willReturn(minimalWithCalves());
		assertThat(this.mvc.get().uri("/api/v1/muscles/calves")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{ "slug": "calves", "exercises": { "primary": [], "secondary": [] } }
				""");
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=lower-legs")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "items": [ { "slug": "calves", "exerciseCount": 0 } ] }
					""");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownMuscle() {
		assertThatProblem(this.mvc.get().uri("/api/v1/muscles/biceps").exchange()).is(404, "not-found")
			.hasTitle("Not found")
			.hasDetail("No muscle has the slug 'biceps'.")
			.hasInstance("/api/v1/muscles/biceps");
	}

	// The minimal test catalogue with a third muscle that none of its exercises works.
	private Catalogue minimalWithCalves() throws IOException {
		for (String file : new String[] { "sources.json", "muscles.json", "cautions.json", "exercises.json",
				"causes.json" }) {
			Files.copy(MINIMAL.resolve(file), this.folder.resolve(file));
		}
		Path muscles = this.folder.resolve("muscles.json");
		Files.writeString(muscles, Files.readString(muscles)
			.replace("\n  ]",
					"""
							,
							    { "slug": "calves", "name": "Calves", "region": "lower-legs", "description": "The back of the lower leg.", "aliases": [] }
							  ]"""));
		return SeedCatalogues.of(this.folder.toString());
	}

}
