package app.limber.exercise;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads exercises from the catalogue.
 */
public interface ExerciseRepository extends JpaRepository<Exercise, String> {

}
