package app.limber.exercise;

import java.util.List;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.model.ExerciseFilter;
import app.limber.catalogue.model.ExerciseMatches;
import app.limber.catalogue.model.PerCatalogue;
import app.limber.catalogue.model.ReadModel;
import app.limber.problem.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Answers questions about exercises from the read model: a filtered page of summaries, or
 * one exercise in full.
 */
@Service
public class ExerciseService {

	private final ReadModel readModel;

	// Made once per catalogue, so that each one's JSON is written once (WrittenOnce).
	private final PerCatalogue<List<ExerciseSummary>> summaries;

	ExerciseService(ReadModel readModel) {
		this.readModel = readModel;
		this.summaries = new PerCatalogue<>(readModel,
				(catalogue) -> catalogue.exercises().stream().map(ExerciseSummary::of).toList());
	}

	/**
	 * Finds a page of exercises.
	 * @param query the client's filters, search, paging, order and facets
	 * @param path the path the page was asked at, for its links to other pages
	 * @param goalInQuery whether the goals go in the links' query string, rather than in
	 * the path
	 * @return the page
	 */
	public ExercisePage search(ExerciseQuery query, String path, boolean goalInQuery) {
		Catalogue catalogue = this.readModel.current();
		ExerciseMatches matches = catalogue.find(query.filter(), query.order(), (long) query.page() * query.size(),
				query.size(), query.facets());
		String links = path + "?" + query.linkQuery(goalInQuery) + "page=";
		return ExercisePage.of(matches, this.summaries.get(), query, (page) -> links + page);
	}

	/**
	 * Finds one exercise in full.
	 * @param slug the exercise's slug
	 * @return the exercise with its own and the general cautions
	 * @throws NotFoundException when no exercise has that slug
	 */
	public ExerciseDetail find(String slug) {
		Catalogue catalogue = this.readModel.current();
		return catalogue.exercise(slug)
			.map((exercise) -> ExerciseDetail.of(exercise, catalogue.generalCautions()))
			.orElseThrow(() -> new NotFoundException("exercise", slug));
	}

	/**
	 * Every exercise of a catalogue in full, as {@link #find(String)} gives each, in the
	 * order of the exercise list (by name).
	 * @param catalogue the catalogue
	 * @return the exercises with their own and the general cautions
	 */
	public List<ExerciseDetail> all(Catalogue catalogue) {
		List<CautionEntry> general = catalogue.generalCautions();
		return catalogue.findAll(ExerciseFilter.NONE)
			.stream()
			.map((exercise) -> ExerciseDetail.of(exercise, general))
			.toList();
	}

}
