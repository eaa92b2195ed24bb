package app.limber.muscle;

import java.util.List;
import java.util.Optional;

import app.limber.exercise.ExerciseRepository;
import app.limber.exercise.ExerciseRepository.MuscleCount;
import app.limber.exercise.ExerciseRepository.Targeting;
import app.limber.catalogue.MuscleRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

@WebMvcTest(MuscleController.class)
class MuscleControllerTests {

	private static final Muscle GLUTEUS_MAXIMUS = new Muscle("gluteus-maximus", "Gluteus maximus", BodyRegion.GLUTES,
			"The largest glute muscle; extends the hip.", List.of("glute max"));

	private static final Muscle HAMSTRINGS = new Muscle("hamstrings", "Hamstrings", BodyRegion.THIGHS,
			"The back of the thigh.", List.of());

	private static final Muscle PIRIFORMIS = new Muscle("piriformis", "Piriformis", BodyRegion.GLUTES,
			"Rotates the hip outwards.", List.of());

	private static final Muscle QUADRATUS_LUMBORUM = new Muscle("quadratus-lumborum", "Quadratus lumborum",
			BodyRegion.LOWER_BACK, "Steadies the pelvis and lower spine.", List.of("QL"));

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private MuscleRepository muscles;

	@MockitoBean
	private ExerciseRepository exercises;

	@BeforeEach
	void catalogueHasFourMuscles() {
		given(this.muscles.findAll(Sort.by("name", "slug")))
			.willReturn(List.of(GLUTEUS_MAXIMUS, HAMSTRINGS, PIRIFORMIS, QUADRATUS_LUMBORUM));
		given(this.exercises.countByMuscle()).willReturn(List.of(new MuscleCount("piriformis", 3),
				new MuscleCount("gluteus-maximus", 9), new MuscleCount("quadratus-lumborum", 2)));
	}

	@Test
	void shouldListMusclesByNameWithTheirExerciseCounts() {
		assertThat(this.mvc.get().uri("/api/v1/muscles")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "items": [
					  { "slug": "gluteus-maximus", "name": "Gluteus maximus", "region": "glutes",
					    "description": "The largest glute muscle; extends the hip.", "aliases": [ "glute max" ],
					    "exerciseCount": 9 },
					  { "slug": "hamstrings", "region": "thighs", "aliases": [], "exerciseCount": 0 },
					  { "slug": "piriformis", "region": "glutes", "exerciseCount": 3 },
					  { "slug": "quadratus-lumborum", "region": "lower-back", "aliases": [ "QL" ], "exerciseCount": 2 }
					] }
					""")
			.hasPathSatisfying("$.items[*].slug", (slugs) -> assertThat(slugs).asArray()
				.containsExactly("gluteus-maximus", "hamstrings", "piriformis", "quadratus-lumborum"));
	}

	@Test
	void shouldListOnlyTheMusclesOfARegion() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=glutes")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray().containsExactly("gluteus-maximus", "piriformis"));
	}

	@Test
	void shouldReadTheRegionIgnoringCase() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=Lower-Back")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray().containsExactly("quadratus-lumborum"));
	}

	@Test
	void shouldListEveryMuscleForABlankRegion() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items", (items) -> assertThat(items).asArray().hasSize(4));
	}

	@Test
	void shouldAnswerOkWithNoItemsForARegionWithoutMuscles() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=lower-legs")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{ "items": [] }
					""");
	}

	@Test
	void shouldRejectUnknownRegion() {
		assertThat(this.mvc.get().uri("/api/v1/muscles?region=neck")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
					  "parameter": "region", "instance": "/api/v1/muscles" }
					""")
			.hasPathSatisfying("$.allowed",
					(allowed) -> assertThat(allowed).asArray()
						.containsExactly("glutes", "hips", "lower-back", "core", "thighs", "lower-legs"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'neck'"));
	}

	@Test
	void shouldShowAMuscleWithThePrimaryAndSecondaryExercisesThatWorkIt() {
		given(this.muscles.findById("piriformis")).willReturn(Optional.of(PIRIFORMIS));
		given(this.exercises.findTargeting("piriformis"))
			.willReturn(List.of(new Targeting("clamshell", "Clamshell", MuscleRole.SECONDARY),
					new Targeting("figure-four-stretch", "Figure-four stretch", MuscleRole.PRIMARY),
					new Targeting("piriformis-stretch", "Piriformis stretch", MuscleRole.PRIMARY)));
		assertThat(this.mvc.get().uri("/api/v1/muscles/piriformis")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{
					  "slug": "piriformis",
					  "name": "Piriformis",
					  "region": "glutes",
					  "description": "Rotates the hip outwards.",
					  "aliases": [],
					  "exercises": {
					    "primary": [
					      { "slug": "figure-four-stretch", "name": "Figure-four stretch" },
					      { "slug": "piriformis-stretch", "name": "Piriformis stretch" }
					    ],
					    "secondary": [ { "slug": "clamshell", "name": "Clamshell" } ]
					  }
					}
					""");
	}

	@Test
	void shouldShowAMuscleThatNoExerciseWorksWithEmptyLists() {
		given(this.muscles.findById("hamstrings")).willReturn(Optional.of(HAMSTRINGS));
		given(this.exercises.findTargeting("hamstrings")).willReturn(List.of());
		assertThat(this.mvc.get().uri("/api/v1/muscles/hamstrings")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{ "slug": "hamstrings", "exercises": { "primary": [], "secondary": [] } }
				""");
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownMuscle() {
		given(this.muscles.findById("biceps")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/api/v1/muscles/biceps")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:not-found", "title": "Not found", "status": 404,
					  "detail": "No muscle has the slug 'biceps'.", "instance": "/api/v1/muscles/biceps" }
					""");
		then(this.exercises).should(org.mockito.Mockito.never()).findTargeting("biceps");
	}

}
