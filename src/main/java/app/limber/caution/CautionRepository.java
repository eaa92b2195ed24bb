package app.limber.caution;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads cautions from the catalogue.
 */
public interface CautionRepository extends JpaRepository<Caution, String> {

	/**
	 * The cautions that apply to every exercise.
	 * @return the general cautions
	 */
	List<Caution> findByGeneralTrue();

}
