package app.limber.catalogue.model;

import app.limber.catalogue.SeedCatalogues;
import app.limber.catalogue.LargeCatalogue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated catalogue the scale figures in README are measured on: valid as the seed
 * is, and the seed repeated, so what a question finds in it is known.
 */
class LargeCatalogueTests {

	/** The seed 33 times over: about a thousand exercises. */
	private static final int COPIES = 33;

	private static final int EXERCISES = COPIES * SeedCatalogues.seed().exercises().size();

	private static Catalogue large;

	@BeforeAll
	static void generate(@TempDir Path folder) {
		LargeCatalogue.write(EXERCISES, folder);
		large = SeedCatalogues.of("file:" + folder + "/");
	}

	@Test
	void holdsAsManyExercisesAsAskedUnderNamesOfTheirOwn() {
		assertThat(large.exercises()).hasSize(EXERCISES);
		assertThat(large.exercises().stream().map(ExerciseEntry::name).distinct()).hasSize(EXERCISES);
		assertThat(large.exercise("piriformis-stretch-7")).get()
			.satisfies((copy) -> assertThat(copy.name()).isEqualTo("Piriformis stretch 7"));
	}

	@Test
	void linksEachCopyToTheSameCopyOfItsVariations() {
		ExerciseEntry copy = large.exercise("piriformis-stretch-7").orElseThrow();
		ExerciseEntry original = SeedCatalogues.seed().exercise("piriformis-stretch").orElseThrow();
		assertThat(copy.alternatives()).extracting(ExerciseLink::slug)
			.containsExactlyElementsOf(original.alternatives().stream().map((link) -> link.slug() + "-7").toList());
	}

	@Test
	void countsEveryFacetValueAsTheSeedRepeated() {
		Map<Filter, List<FacetCount>> counted = large
			.find(ExerciseFilter.NONE, ExerciseOrder.NAME, 0, 1, EnumSet.copyOf(Filter.facets()))
			.facets();
		Map<Filter, List<FacetCount>> seed = SeedCatalogues.seed()
			.find(ExerciseFilter.NONE, ExerciseOrder.NAME, 0, 1, EnumSet.copyOf(Filter.facets()))
			.facets();
		for (Filter facet : Filter.facets()) {
			List<Integer> expected = seed.get(facet).stream().map((count) -> count.count() * COPIES).toList();
			assertThat(counted.get(facet)).as(facet.toString()).extracting(FacetCount::count).isEqualTo(expected);
		}
	}

	@Test
	void findsACopyByTheNumberInItsName() {
		ExerciseMatches found = large.find(ExerciseFilter.NONE.searching("piriformis stretch 7"),
				ExerciseOrder.RELEVANCE, 0, 3, Set.of());
		assertThat(found.items().get(0).slug()).isEqualTo("piriformis-stretch-7");
	}

}
