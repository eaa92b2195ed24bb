package app.limber.muscle;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads muscles from the catalogue.
 */
public interface MuscleRepository extends JpaRepository<Muscle, String> {

}
