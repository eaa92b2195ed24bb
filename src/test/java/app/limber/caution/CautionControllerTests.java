package app.limber.caution;

import java.util.List;
import java.util.Optional;

import app.limber.exercise.ExerciseRef;
import app.limber.exercise.ExerciseRepository;
import app.limber.catalogue.store.Source;
import app.limber.catalogue.SourceKind;
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

@WebMvcTest(CautionController.class)
class CautionControllerTests {

	private static final Source ARTICLE = new Source("glute-exercises", SourceKind.ARTICLE, "Glute exercises", null,
			null, null, null);

	private static final Source OTHER_ARTICLE = new Source("lower-back-stretches", SourceKind.ARTICLE,
			"Lower back stretches", null, null, null, null);

	private static final Caution NO_BOUNCING = caution("no-bouncing", Severity.INFO, false);

	private static final Caution SEE_A_PROFESSIONAL = caution("see-a-professional", Severity.WARNING, true);

	private static final Caution NEUTRAL_SPINE = caution("neutral-spine-under-load", Severity.WARNING, false);

	private static final Caution KNEES_SOFT = caution("forward-fold-keep-knees-soft", Severity.WARNING, false);

	private static final Caution NUMBNESS = caution("numbness-or-tingling", Severity.STOP, true);

	private static final List<ExerciseRef> EVERY_EXERCISE = List.of(new ExerciseRef("bird-dog", "Bird dog"),
			new ExerciseRef("glute-bridge", "Glute bridge"), new ExerciseRef("squat", "Squat"));

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CautionRepository cautions;

	@MockitoBean
	private ExerciseRepository exercises;

	@BeforeEach
	void catalogueHasFiveCautions() {
		given(this.cautions.findAll())
			.willReturn(List.of(NO_BOUNCING, NEUTRAL_SPINE, NUMBNESS, SEE_A_PROFESSIONAL, KNEES_SOFT));
		given(this.exercises.findAllRefs()).willReturn(EVERY_EXERCISE);
	}

	@Test
	void shouldListCautionsMostSeriousFirstAndGeneralBeforeSpecific() {
		assertThat(this.mvc.get().uri("/api/v1/cautions")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray()
						.containsExactly("numbness-or-tingling", "see-a-professional", "forward-fold-keep-knees-soft",
								"neutral-spine-under-load", "no-bouncing"))
			.hasPathSatisfying("$.items[*].severity", (severities) -> assertThat(severities).asArray()
				.containsExactly("stop", "warning", "warning", "warning", "info"));
	}

	@Test
	void shouldListEachCautionWithItsGuidanceAndSources() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=stop")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{ "items": [ {
				  "slug": "numbness-or-tingling",
				  "title": "Title of numbness-or-tingling",
				  "severity": "stop",
				  "text": "Guidance for numbness-or-tingling.",
				  "general": true,
				  "sources": [ "glute-exercises", "lower-back-stretches" ]
				} ] }
				""");
	}

	@Test
	void shouldListOnlyTheCautionsOfASeverity() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=warning")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug", (slugs) -> assertThat(slugs).asArray()
				.containsExactly("see-a-professional", "forward-fold-keep-knees-soft", "neutral-spine-under-load"));
	}

	@Test
	void shouldReadTheSeverityIgnoringCase() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=INFO")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray().containsExactly("no-bouncing"));
	}

	@Test
	void shouldRejectUnknownSeverity() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=deadly")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:invalid-parameter", "title": "Invalid parameter", "status": 400,
					  "parameter": "severity", "instance": "/api/v1/cautions" }
					""")
			.hasPathSatisfying("$.allowed",
					(allowed) -> assertThat(allowed).asArray().containsExactly("info", "warning", "stop"))
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'deadly'"));
	}

	@Test
	void shouldShowASpecificCautionWithTheExercisesItIsAttachedTo() {
		given(this.cautions.findById("neutral-spine-under-load")).willReturn(Optional.of(NEUTRAL_SPINE));
		given(this.exercises.findCautionedBy("neutral-spine-under-load"))
			.willReturn(List.of(new ExerciseRef("deadlift", "Deadlift"), new ExerciseRef("squat", "Squat")));
		assertThat(this.mvc.get().uri("/api/v1/cautions/neutral-spine-under-load")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{
					  "slug": "neutral-spine-under-load",
					  "title": "Title of neutral-spine-under-load",
					  "severity": "warning",
					  "text": "Guidance for neutral-spine-under-load.",
					  "general": false,
					  "sources": [ "glute-exercises", "lower-back-stretches" ],
					  "exercises": [ { "slug": "deadlift", "name": "Deadlift" }, { "slug": "squat", "name": "Squat" } ]
					}
					""");
	}

	@Test
	void shouldShowAGeneralCautionWithEveryExercise() {
		given(this.cautions.findById("see-a-professional")).willReturn(Optional.of(SEE_A_PROFESSIONAL));
		given(this.exercises.findCautionedBy("see-a-professional")).willReturn(List.of());
		assertThat(this.mvc.get().uri("/api/v1/cautions/see-a-professional")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "slug": "see-a-professional", "general": true }
					""")
			.hasPathSatisfying("$.exercises[*].slug",
					(slugs) -> assertThat(slugs).asArray().containsExactly("bird-dog", "glute-bridge", "squat"));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownCaution() {
		given(this.cautions.findById("be-careful")).willReturn(Optional.empty());
		assertThat(this.mvc.get().uri("/api/v1/cautions/be-careful")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "type": "urn:limber:problem:not-found", "title": "Not found", "status": 404,
					  "detail": "No caution has the slug 'be-careful'.", "instance": "/api/v1/cautions/be-careful" }
					""");
	}

	private static Caution caution(String slug, Severity severity, boolean general) {
		return new Caution(slug, "Title of " + slug, severity, "Guidance for " + slug + ".", general,
				List.of(ARTICLE, OTHER_ARTICLE));
	}

}
