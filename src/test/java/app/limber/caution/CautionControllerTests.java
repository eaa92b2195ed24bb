package app.limber.caution;

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
 * The caution endpoints over the real seed catalogue: the expected values are read off
 * {@code catalogue/cautions.json} and {@code catalogue/exercises.json}.
 */
@ControllerSliceTest
class CautionControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReadModel readModel;

	@BeforeEach
	void serveTheSeedCatalogue() {
		given(this.readModel.current()).willReturn(SeedCatalogues.seed());
	}

	@Test
	void shouldListCautionsMostSeriousFirstAndGeneralBeforeSpecific() {
		assertThat(this.mvc.get().uri("/api/v1/cautions")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray()
						.containsExactly("persistent-neurological-symptoms", "persistent-pain-see-physiotherapist",
								"severe-pain-see-doctor", "stop-if-pain-worsens", "consult-before-starting",
								"doctor-before-heavy-exertion", "mild-tension-not-pain", "start-gently-no-bouncing",
								"butterfly-gentle-knee-pressure", "forward-fold-keep-knees-soft",
								"hip-extension-do-not-arch-back", "neutral-spine-under-load", "avoid-complete-rest",
								"breathe-steadily", "consistency-over-intensity", "good-posture", "hydration-and-sleep",
								"warm-up-first", "daily-stretching-habit", "lower-back-flare-up-in-glute-exercises",
								"rest-days-between-sessions"))
			.hasPathSatisfying("$.items[*].general",
					(general) -> assertThat(general).asArray()
						.containsExactly(true, true, true, true, true, true, true, true, false, false, false, false,
								true, true, true, true, true, true, false, false, false));
	}

	@Test
	void shouldListEachCautionWithItsGuidanceAndSources() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=stop")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{ "items": [ {
							  "slug": "persistent-neurological-symptoms",
							  "title": "Persistent neurological symptoms",
							  "severity": "stop",
							  "text": "Most lower back and glute pain resolves with conservative care, but persistent neurological symptoms or severe structural problems need medical assessment, and surgical evaluation may be necessary.",
							  "general": true,
							  "sources": [ "how-to-fix-lower-back-and-glute-pain" ]
							}, {
							  "slug": "persistent-pain-see-physiotherapist",
							  "title": "Pain that persists: see a physiotherapist",
							  "severity": "stop",
							  "text": "If your pain persists, consult a physiotherapist or orthopaedic specialist. They can provide manual therapy, a personalised exercise programme and, if needed, interventions such as injections.",
							  "general": true,
							  "sources": [ "how-to-fix-lower-back-and-glute-pain" ]
							}, {
							  "slug": "severe-pain-see-doctor",
							  "title": "Severe or lasting pain: see a doctor",
							  "severity": "stop",
							  "text": "If your lower back pain is severe, or does not go away with gentle stretches and exercise, make an appointment with a doctor for personalised advice.",
							  "general": true,
							  "sources": [ "stretches-for-a-flexible-back", "glute-exercises-to-relieve-lower-back-pain" ]
							}, {
							  "slug": "stop-if-pain-worsens",
							  "title": "Stop if an exercise causes or worsens pain",
							  "severity": "stop",
							  "text": "If you feel pain during an exercise, or an exercise makes your pain worse, stop it straight away and consult a doctor or other healthcare professional.",
							  "general": true,
							  "sources": [ "relieve-lower-back-and-glute-pain-with-exercises", "glute-exercises-to-relieve-lower-back-pain" ]
							} ] }
							""");
	}

	@Test
	void shouldListOnlyTheCautionsOfASeverity() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=warning")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug", (slugs) -> assertThat(slugs).asArray()
				.containsExactly("consult-before-starting", "doctor-before-heavy-exertion", "mild-tension-not-pain",
						"start-gently-no-bouncing", "butterfly-gentle-knee-pressure", "forward-fold-keep-knees-soft",
						"hip-extension-do-not-arch-back", "neutral-spine-under-load"));
	}

	@Test
	void shouldListTheCautionsOfAnyOfSeveralSeverities() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=stop&severity=info")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].severity",
					(severities) -> assertThat(severities).asArray()
						.containsExactly("stop", "stop", "stop", "stop", "info", "info", "info", "info", "info", "info",
								"info", "info", "info"));
	}

	@Test
	void shouldReadTheSeverityIgnoringCase() {
		assertThat(this.mvc.get().uri("/api/v1/cautions?severity=INFO")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items[*].slug",
					(slugs) -> assertThat(slugs).asArray()
						.containsExactly("avoid-complete-rest", "breathe-steadily", "consistency-over-intensity",
								"good-posture", "hydration-and-sleep", "warm-up-first", "daily-stretching-habit",
								"lower-back-flare-up-in-glute-exercises", "rest-days-between-sessions"));
	}

	@Test
	void shouldListEveryCautionForABlankSeverity() {
		assertThat(this.mvc.get().uri("/api/v1/cautions").param("severity", " ")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items", (items) -> assertThat(items).asArray().hasSize(21));
	}

	@Test
	void shouldRefuseMoreSeveritiesThanTheListTakes() {
		String many = "severity=stop&".repeat(21);
		assertThatProblem(this.mvc.get().uri("/api/v1/cautions?" + many).exchange()).isInvalidParameter("severity")
			.hasDetailContaining("'severity' takes at most 20 values.");
	}

	@Test
	void shouldRejectUnknownSeverity() {
		assertThatProblem(this.mvc.get().uri("/api/v1/cautions?severity=deadly").exchange())
			.isInvalidParameter("severity")
			.hasTitle("Invalid parameter")
			.hasInstance("/api/v1/cautions")
			.allows("info", "warning", "stop")
			.hasDetailContaining("'deadly'");
	}

	@Test
	void shouldShowASpecificCautionWithTheExercisesItIsAttachedTo() {
		assertThat(this.mvc.get().uri("/api/v1/cautions/neutral-spine-under-load")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{
							  "slug": "neutral-spine-under-load",
							  "title": "Keep a neutral spine",
							  "severity": "warning",
							  "text": "Keep your back straight and flat, in a neutral position, as you hinge at the hips, and maintain proper form on every repetition.",
							  "general": false,
							  "sources": [ "relieve-lower-back-and-glute-pain-with-exercises" ],
							  "exercises": [
							    { "slug": "banded-hip-hinge", "name": "Banded hip hinge" },
							    { "slug": "romanian-deadlift", "name": "Romanian deadlift" }
							  ]
							}
							""");
	}

	@Test
	void shouldListTheExercisesOfASpecificCautionByName() {
		assertThat(this.mvc.get().uri("/api/v1/cautions/lower-back-flare-up-in-glute-exercises")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.exercises[*].slug", (slugs) -> assertThat(slugs).asArray()
				.containsExactly("banded-glute-bridge", "banded-hip-hinge", "clamshell", "glute-bridge",
						"romanian-deadlift", "single-leg-glute-bridge", "standing-hip-extension", "wall-bridge"));
	}

	@Test
	void shouldShowAGeneralCautionWithEveryExercise() {
		assertThat(this.mvc.get().uri("/api/v1/cautions/stop-if-pain-worsens")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{ "slug": "stop-if-pain-worsens", "severity": "stop", "general": true }
					""")
			.hasPathSatisfying("$.exercises[*].slug", (slugs) -> assertThat(slugs).asArray()
				.containsExactly("banded-glute-bridge", "banded-hip-hinge", "bird-dog", "butterfly-stretch", "cat-cow",
						"childs-pose", "clamshell", "cobra-pose", "downward-facing-dog", "glute-bridge",
						"glute-foam-roll", "hip-flexor-stretch", "knee-to-chest-stretch", "pelvic-tilt", "pigeon-pose",
						"piriformis-stretch", "plank", "romanian-deadlift", "seated-forward-bend",
						"seated-glute-stretch", "seated-hamstring-stretch", "seated-spinal-twist",
						"side-lying-hip-stretch", "single-leg-glute-bridge", "sphinx-pose", "standing-forward-fold",
						"standing-hamstring-stretch", "standing-hip-extension", "supine-twist", "wall-bridge"));
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownCaution() {
		assertThatProblem(this.mvc.get().uri("/api/v1/cautions/be-careful").exchange()).is(404, "not-found")
			.hasTitle("Not found")
			.hasDetail("No caution has the slug 'be-careful'.")
			.hasInstance("/api/v1/cautions/be-careful");
	}

}
