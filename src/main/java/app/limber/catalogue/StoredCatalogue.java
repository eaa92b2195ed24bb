package app.limber.catalogue;

import java.util.List;

import app.limber.catalogue.store.Cause;
import app.limber.catalogue.store.Caution;
import app.limber.catalogue.store.Exercise;
import app.limber.catalogue.store.Muscle;
import app.limber.catalogue.store.Source;
import jakarta.persistence.EntityManager;

/**
 * The catalogue's entities, as the store of record holds them.
 *
 * @param sources the sources
 * @param muscles the muscles
 * @param cautions the cautions
 * @param exercises the exercises, in any order (the read model numbers them in its own)
 * @param causes the causes
 */
record StoredCatalogue(List<Source> sources, List<Muscle> muscles, List<Caution> cautions, List<Exercise> exercises,
		List<Cause> causes) {

	/**
	 * Reads the whole catalogue from the database. Call it inside a transaction; the
	 * collections of each kind load in batches.
	 * @param entityManager the store
	 * @return its entities, in the order the database gives them: the read model puts
	 * every kind in its own order (see {@link CatalogueAssembler})
	 */
	static StoredCatalogue read(EntityManager entityManager) {
		return new StoredCatalogue(entityManager.createQuery("select s from Source s", Source.class).getResultList(),
				entityManager.createQuery("select m from Muscle m", Muscle.class).getResultList(),
				entityManager.createQuery("select c from Caution c", Caution.class).getResultList(),
				entityManager.createQuery("select e from Exercise e", Exercise.class).getResultList(),
				entityManager.createQuery("select c from Cause c", Cause.class).getResultList());
	}

}
