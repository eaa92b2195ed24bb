package app.limber.source;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads sources from the catalogue.
 */
public interface SourceRepository extends JpaRepository<Source, String> {

}
