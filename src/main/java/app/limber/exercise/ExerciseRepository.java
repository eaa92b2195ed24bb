package app.limber.exercise;

import java.util.List;

import app.limber.goal.Goal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads exercises from the catalogue.
 */
public interface ExerciseRepository extends JpaRepository<Exercise, String>, ExerciseSearch {

	/**
	 * Counts the exercises that serve each goal.
	 * @return one row per goal that has exercises
	 */
	@Query("select new app.limber.exercise.ExerciseRepository$GoalCount(g, count(e)) from Exercise e join e.goals g group by g")
	List<GoalCount> countByGoal();

	/**
	 * Counts the exercises that work each muscle.
	 * @return one row per muscle that some exercise works
	 */
	@Query("select new app.limber.exercise.ExerciseRepository$MuscleCount(t.muscle.slug, count(t)) from MuscleTarget t group by t.muscle.slug")
	List<MuscleCount> countByMuscle();

	/**
	 * The exercises that work a muscle, with the muscle's role in each.
	 * @param muscle the muscle's slug
	 * @return the exercises, by name
	 */
	@Query("select new app.limber.exercise.ExerciseRepository$Targeting(t.exercise.slug, t.exercise.name, t.role) from MuscleTarget t where t.muscle.slug = :muscle order by lower(t.exercise.name), t.exercise.slug")
	List<Targeting> findTargeting(String muscle);

	/**
	 * The exercises a specific caution is attached to.
	 * @param caution the caution's slug
	 * @return the exercises, by name
	 */
	@Query("select new app.limber.exercise.ExerciseRef(e.slug, e.name) from Exercise e join e.cautions c where c.slug = :caution order by lower(e.name), e.slug")
	List<ExerciseRef> findCautionedBy(String caution);

	/**
	 * Every exercise, as links.
	 * @return the exercises, by name
	 */
	@Query("select new app.limber.exercise.ExerciseRef(e.slug, e.name) from Exercise e order by lower(e.name), e.slug")
	List<ExerciseRef> findAllRefs();

	/**
	 * How many exercises serve a goal.
	 *
	 * @param goal the goal
	 * @param exercises how many exercises serve it
	 */
	record GoalCount(Goal goal, long exercises) {
	}

	/**
	 * How many exercises work a muscle.
	 *
	 * @param muscle the muscle's slug
	 * @param exercises how many exercises work it
	 */
	record MuscleCount(String muscle, long exercises) {
	}

	/**
	 * An exercise that works a muscle, and how.
	 *
	 * @param slug the exercise's slug
	 * @param name its name
	 * @param role whether the muscle is its primary or a secondary target
	 */
	record Targeting(String slug, String name, MuscleRole role) {
	}

}
