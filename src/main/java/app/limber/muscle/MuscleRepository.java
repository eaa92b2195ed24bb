package app.limber.muscle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads muscles from the catalogue.
 */
public interface MuscleRepository extends JpaRepository<Muscle, String> {

	/**
	 * Every muscle's slug.
	 * @return the slugs, sorted
	 */
	@Query("select m.slug from Muscle m order by m.slug")
	List<String> findAllSlugs();

}
