package app.limber.caution;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads cautions from the catalogue.
 */
public interface CautionRepository extends JpaRepository<Caution, String> {

}
