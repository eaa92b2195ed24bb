package app.limber.exercise;

import java.util.List;

import app.limber.caution.CautionRepository;
import app.limber.muscle.MuscleRepository;
import app.limber.system.InvalidParameterException;
import app.limber.system.NotFoundException;
import app.limber.system.Paged;
import app.limber.system.Parameters;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers questions about exercises: a filtered page of summaries, or one exercise in
 * full. Responses are built inside the read-only transaction, from a bounded number of
 * statements (collections load in batches).
 */
@Service
@Transactional(readOnly = true)
public class ExerciseService {

	private final ExerciseRepository exercises;

	private final MuscleRepository muscles;

	private final CautionRepository cautions;

	ExerciseService(ExerciseRepository exercises, MuscleRepository muscles, CautionRepository cautions) {
		this.exercises = exercises;
		this.muscles = muscles;
		this.cautions = cautions;
	}

	/**
	 * Finds a page of exercises.
	 * @param query the client's filters, paging and order
	 * @return the page
	 * @throws InvalidParameterException for an unknown muscle slug or sort order
	 */
	public Paged<ExerciseSummary> search(ExerciseQuery query) {
		ExerciseFilter filter = query.filter();
		checkMuscles(query.muscle());
		ExerciseSort sort = ExerciseSort.parse(query.sort(), filter.query() != null);
		return Paged.of(this.exercises.search(filter, sort, PageRequest.of(query.page(), query.size())),
				ExerciseSummary::of);
	}

	/**
	 * Finds one exercise in full.
	 * @param slug the exercise's slug
	 * @return the exercise with its own and the general cautions
	 * @throws NotFoundException when no exercise has that slug
	 */
	public ExerciseDetail find(String slug) {
		Exercise exercise = this.exercises.findById(slug).orElseThrow(() -> new NotFoundException("exercise", slug));
		return ExerciseDetail.of(exercise, this.cautions.findByGeneralTrue());
	}

	/**
	 * Checks that every muscle slug a client sent exists.
	 * @param slugs the slugs of the {@code muscle} parameter
	 * @throws InvalidParameterException naming the first unknown slug and listing the
	 * known ones
	 */
	public void checkMuscles(List<String> slugs) {
		if (slugs.isEmpty()) {
			return;
		}
		List<String> known = this.muscles.findAllSlugs();
		slugs.stream().filter((slug) -> !known.contains(slug)).findFirst().ifPresent((unknown) -> {
			throw new InvalidParameterException("muscle",
					"'" + Parameters.printable(unknown)
							+ "' is not a muscle slug: use one of those listed in 'allowed' (see /api/v1/muscles).",
					known);
		});
	}

}
