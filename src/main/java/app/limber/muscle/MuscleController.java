package app.limber.muscle;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.limber.exercise.ExerciseRef;
import app.limber.exercise.ExerciseRepository;
import app.limber.exercise.MuscleRole;
import app.limber.system.Items;
import app.limber.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The muscles exercises target, for a muscle picker, and the exercises for each.
 */
@RestController
@RequestMapping(path = "/api/v1/muscles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Muscles", description = "The muscles exercises target.")
@Transactional(readOnly = true)
class MuscleController {

	private final MuscleRepository muscles;

	private final ExerciseRepository exercises;

	MuscleController(MuscleRepository muscles, ExerciseRepository exercises) {
		this.muscles = muscles;
		this.exercises = exercises;
	}

	@GetMapping
	@Operation(operationId = "listMuscles", summary = "List muscles",
			description = "Every muscle, by name, optionally in one body region.")
	Items<MuscleSummary> list(@RequestParam(required = false) @Parameter(
			description = "Only muscles in these regions: repeat or comma-separate for several.",
			example = "glutes") List<BodyRegion> region) {
		Map<String, Long> counts = this.exercises.countByMuscle()
			.stream()
			.collect(Collectors.toMap(ExerciseRepository.MuscleCount::muscle,
					ExerciseRepository.MuscleCount::exercises));
		return new Items<>(this.muscles.findAll(Sort.by("name", "slug"))
			.stream()
			.filter((muscle) -> region == null || region.isEmpty() || region.contains(muscle.getRegion()))
			.map((muscle) -> new MuscleSummary(muscle.getSlug(), muscle.getName(), muscle.getRegion(),
					muscle.getDescription(), List.copyOf(muscle.getAliases()),
					counts.getOrDefault(muscle.getSlug(), 0L)))
			.toList());
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getMuscle", summary = "Get one muscle with its exercises",
			description = "The exercises that work it, split into those whose primary target it is and those it helps in.")
	MuscleDetail get(
			@PathVariable @Parameter(description = "The muscle's slug.", example = "gluteus-maximus") String slug) {
		Muscle muscle = this.muscles.findById(slug).orElseThrow(() -> new NotFoundException("muscle", slug));
		List<ExerciseRepository.Targeting> targeting = this.exercises.findTargeting(slug);
		return new MuscleDetail(muscle.getSlug(), muscle.getName(), muscle.getRegion(), muscle.getDescription(),
				List.copyOf(muscle.getAliases()),
				new MuscleDetail.Exercises(role(targeting, MuscleRole.PRIMARY), role(targeting, MuscleRole.SECONDARY)));
	}

	private static List<ExerciseRef> role(List<ExerciseRepository.Targeting> targeting, MuscleRole role) {
		return targeting.stream()
			.filter((target) -> target.role() == role)
			.map((target) -> new ExerciseRef(target.slug(), target.name()))
			.toList();
	}

}
