package app.limber.caution;

import java.util.Comparator;
import java.util.List;

import app.limber.exercise.ExerciseRepository;
import app.limber.system.Items;
import app.limber.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safety guidance to show next to exercises, and the exercises each applies to.
 */
@RestController
@RequestMapping(path = "/api/v1/cautions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cautions", description = "Safety guidance: general, or for specific exercises.")
@Transactional(readOnly = true)
class CautionController {

	// Most serious first; general guidance before exercise-specific; then by slug.
	private static final Comparator<Caution> ORDER = Comparator
		.comparing((Caution caution) -> -caution.getSeverity().ordinal())
		.thenComparing((caution) -> !caution.isGeneral())
		.thenComparing(Caution::getSlug);

	private final CautionRepository cautions;

	private final ExerciseRepository exercises;

	CautionController(CautionRepository cautions, ExerciseRepository exercises) {
		this.cautions = cautions;
		this.exercises = exercises;
	}

	@GetMapping
	@Operation(operationId = "listCautions", summary = "List cautions",
			description = "Every caution, most serious first (stop, warning, info), optionally of one severity.")
	Items<CautionSummary> list(@RequestParam(required = false) @Parameter(
			description = "Only cautions of these severities: repeat or comma-separate for several.",
			example = "stop") List<Severity> severity) {
		return new Items<>(this.cautions.findAll()
			.stream()
			.filter((caution) -> severity == null || severity.isEmpty() || severity.contains(caution.getSeverity()))
			.sorted(ORDER)
			.map(CautionSummary::of)
			.toList());
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getCaution", summary = "Get one caution with the exercises it applies to",
			description = "A general caution applies to every exercise.")
	CautionDetail get(@PathVariable @Parameter(description = "The caution's slug.",
			example = "neutral-spine-under-load") String slug) {
		Caution caution = this.cautions.findById(slug).orElseThrow(() -> new NotFoundException("caution", slug));
		CautionSummary summary = CautionSummary.of(caution);
		return new CautionDetail(summary.slug(), summary.title(), summary.severity(), summary.text(), summary.general(),
				summary.sources(),
				caution.isGeneral() ? this.exercises.findAllRefs() : this.exercises.findCautionedBy(slug));
	}

}
