package app.limber.exercise;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Filtered, ordered and paged search over exercises.
 */
public interface ExerciseSearch {

	/**
	 * Finds one page of the exercises matching a filter.
	 * @param filter what to match
	 * @param sort how to order
	 * @param pageable which page (its own sort is ignored)
	 * @return the page
	 */
	Page<Exercise> search(ExerciseFilter filter, ExerciseSort sort, Pageable pageable);

}
