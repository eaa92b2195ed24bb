package app.limber.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.limber.search.SearchDocument;
import app.limber.search.SearchIndex;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Answers questions about exercises from memory: one bit set per filter value, every
 * order worked out in advance, and a Lucene index for the search query. A question costs
 * a few bit-set operations, one search when there is a query, and a walk over the
 * catalogue in the order asked for.
 */
final class ExerciseIndex {

	private final List<ExerciseEntry> exercises;

	private final FixedBitSet all;

	// For each facet, each value (in the contract's order) with the exercises it admits.
	private final Map<Facet, Map<String, FixedBitSet>> values = new EnumMap<>(Facet.class);

	// Ordinals in each order; descending orders are read from these with name ties kept
	// ascending.
	private final int[] byName;

	private final int[] nameRank;

	private final int[] byDifficulty;

	private final int[] byDifficultyDescending;

	private final int[] byDuration;

	private final int[] byDurationDescending;

	private final SearchIndex search;

	ExerciseIndex(List<ExerciseEntry> exercises, List<MuscleEntry> muscles,
			Function<ExerciseEntry, List<CauseEntry>> causesOf) {
		this.exercises = exercises;
		int size = exercises.size();
		this.all = new FixedBitSet(Math.max(size, 1));
		this.all.set(0, size);
		index(Facet.GOAL, Goal.values(), Goal::value, (exercise) -> exercise.goals());
		index(Facet.POSITION, Position.values(), Position::value, (exercise) -> List.of(exercise.position()));
		index(Facet.EQUIPMENT, Equipment.values(), Equipment::value, (exercise) -> exercise.equipment());
		index(Facet.DIFFICULTY, Difficulty.values(), Difficulty::value, (exercise) -> List.of(exercise.difficulty()));
		index(Facet.MUSCLE, muscles.toArray(MuscleEntry[]::new), MuscleEntry::slug, ExerciseIndex::muscles);
		index(Facet.REGION, BodyRegion.values(), BodyRegion::value,
				(exercise) -> muscles(exercise).stream().map(MuscleEntry::region).distinct().toList());
		Comparator<ExerciseEntry> name = Comparator
			.comparing((ExerciseEntry exercise) -> exercise.name().toLowerCase(Locale.ROOT))
			.thenComparing(ExerciseEntry::slug);
		this.byName = order(name);
		this.nameRank = new int[size];
		for (int rank = 0; rank < size; rank++) {
			this.nameRank[this.byName[rank]] = rank;
		}
		Comparator<ExerciseEntry> byName = Comparator.comparingInt((exercise) -> this.nameRank[exercise.ordinal()]);
		this.byDifficulty = order(Comparator.comparing(ExerciseEntry::difficulty).thenComparing(byName));
		this.byDifficultyDescending = order(
				Comparator.comparing(ExerciseEntry::difficulty, Comparator.reverseOrder()).thenComparing(byName));
		Comparator<ExerciseEntry> timed = Comparator
			.comparing((exercise) -> exercise.estimatedDurationSeconds() == null);
		this.byDuration = order(timed
			.thenComparing(ExerciseEntry::estimatedDurationSeconds, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(byName));
		this.byDurationDescending = order(timed
			.thenComparing(ExerciseEntry::estimatedDurationSeconds, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(byName));
		this.search = SearchIndex
			.build(exercises.stream().map((exercise) -> document(exercise, causesOf.apply(exercise))).toList());
	}

	private static List<MuscleEntry> muscles(ExerciseEntry exercise) {
		List<MuscleEntry> muscles = new ArrayList<>(exercise.primaryMuscles());
		muscles.addAll(exercise.secondaryMuscles());
		return muscles;
	}

	private static SearchDocument document(ExerciseEntry exercise, List<CauseEntry> causes) {
		List<String> muscles = new ArrayList<>();
		for (MuscleEntry muscle : muscles(exercise)) {
			muscles.add(muscle.name());
			muscles.addAll(muscle.aliases());
			muscles.add(muscle.region().value().replace('-', ' '));
		}
		// The words people use for what lies behind their pain come from the causes an
		// article ties the exercise to, once for each such article: the more articles tie
		// it to a cause, the better it answers that cause's words.
		List<String> causeWords = new ArrayList<>();
		for (CauseEntry cause : causes) {
			for (CauseEntry.Link link : cause.links()) {
				if (link.exercise().slug().equals(exercise.slug())) {
					causeWords.add(cause.name());
					causeWords.addAll(cause.terms());
				}
			}
		}
		return new SearchDocument(exercise.name(), exercise.otherNames(), exercise.summary(), exercise.whyItHelps(),
				exercise.steps(), muscles, causeWords);
	}

	private <V> void index(Facet facet, V[] values, Function<V, String> wire,
			Function<ExerciseEntry, List<? extends V>> valuesOf) {
		Map<String, FixedBitSet> sets = new LinkedHashMap<>();
		Map<V, FixedBitSet> byValue = new LinkedHashMap<>();
		for (V value : values) {
			FixedBitSet set = new FixedBitSet(this.all.length());
			sets.put(wire.apply(value), set);
			byValue.put(value, set);
		}
		for (ExerciseEntry exercise : this.exercises) {
			for (V value : valuesOf.apply(exercise)) {
				FixedBitSet set = byValue.get(value);
				if (set != null) {
					set.set(exercise.ordinal());
				}
			}
		}
		this.values.put(facet, sets);
	}

	private int[] order(Comparator<ExerciseEntry> comparator) {
		return this.exercises.stream().sorted(comparator).mapToInt(ExerciseEntry::ordinal).toArray();
	}

	/**
	 * How many exercises have a value of a facet.
	 * @param facet the facet
	 * @param value the value, as the filter takes it
	 * @return the count, 0 for an unknown value
	 */
	int count(Facet facet, String value) {
		FixedBitSet set = this.values.get(facet).get(value);
		return (set != null) ? set.cardinality() : 0;
	}

	/**
	 * The exercises with a value of a facet, in name order.
	 * @param facet the facet
	 * @param value the value
	 * @return the exercises
	 */
	List<ExerciseEntry> withValue(Facet facet, String value) {
		FixedBitSet set = this.values.get(facet).get(value);
		List<ExerciseEntry> found = new ArrayList<>();
		if (set != null) {
			for (int ordinal : this.byName) {
				if (set.get(ordinal)) {
					found.add(this.exercises.get(ordinal));
				}
			}
		}
		return found;
	}

	/**
	 * Answers a question.
	 * @param filter which exercises
	 * @param order in which order ({@code RELEVANCE} without a query is by name)
	 * @param offset how many matches to skip
	 * @param limit the most to return
	 * @param facets the facets to count
	 * @return the page, the total and the counts
	 */
	ExerciseMatches find(ExerciseFilter filter, ExerciseOrder order, long offset, int limit, Set<Facet> facets) {
		Map<Facet, FixedBitSet> chosen = chosen(filter);
		boolean byRelevance = order.by() == ExerciseOrder.By.RELEVANCE;
		SearchIndex.Hits hits = (filter.query() != null) ? this.search.search(filter.query(), byRelevance) : null;
		FixedBitSet found = (hits != null) ? hits.found() : null;
		FixedBitSet matching = intersect(chosen, null, found);
		int total = matching.cardinality();
		List<ExerciseEntry> page = (byRelevance && hits != null) ? byRelevance(hits, matching, total, offset, limit)
				: inOrder(order, matching, offset, limit);
		Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
		for (Facet facet : facets) {
			// Multi-select: a facet's counts ignore its own filter.
			FixedBitSet others = chosen.containsKey(facet) ? intersect(chosen, facet, found) : matching;
			List<FacetCount> values = new ArrayList<>();
			this.values.get(facet)
				.forEach((value, set) -> values
					.add(new FacetCount(value, (int) FixedBitSet.intersectionCount(others, set))));
			counts.put(facet, List.copyOf(values));
		}
		return new ExerciseMatches(page, total, counts);
	}

	// For each filter given, the exercises any of its values admits.
	private Map<Facet, FixedBitSet> chosen(ExerciseFilter filter) {
		Map<Facet, FixedBitSet> chosen = new EnumMap<>(Facet.class);
		choose(chosen, Facet.GOAL, filter.goals(), Goal::value);
		choose(chosen, Facet.POSITION, filter.positions(), Position::value);
		choose(chosen, Facet.EQUIPMENT, filter.equipment(), Equipment::value);
		choose(chosen, Facet.DIFFICULTY, filter.difficulties(), Difficulty::value);
		choose(chosen, Facet.MUSCLE, filter.muscles(), Function.identity());
		choose(chosen, Facet.REGION, filter.regions(), BodyRegion::value);
		return chosen;
	}

	private <V> void choose(Map<Facet, FixedBitSet> chosen, Facet facet, Set<V> wanted, Function<V, String> wire) {
		if (wanted.isEmpty()) {
			return;
		}
		FixedBitSet any = new FixedBitSet(this.all.length());
		for (V value : wanted) {
			FixedBitSet set = this.values.get(facet).get(wire.apply(value));
			if (set != null) {
				any.or(set);
			}
		}
		chosen.put(facet, any);
	}

	private FixedBitSet intersect(Map<Facet, FixedBitSet> chosen, Facet except, FixedBitSet found) {
		FixedBitSet result = (found != null) ? found.clone() : this.all.clone();
		chosen.forEach((facet, set) -> {
			if (facet != except) {
				result.and(set);
			}
		});
		return result;
	}

	private List<ExerciseEntry> inOrder(ExerciseOrder order, FixedBitSet matching, long offset, int limit) {
		int[] ordinals = switch (order.by()) {
			case RELEVANCE, NAME -> this.byName;
			case DIFFICULTY -> order.ascending() ? this.byDifficulty : this.byDifficultyDescending;
			case DURATION -> order.ascending() ? this.byDuration : this.byDurationDescending;
		};
		boolean reversed = order.by() == ExerciseOrder.By.NAME && !order.ascending();
		List<ExerciseEntry> page = new ArrayList<>(Math.min(limit, 100));
		long skipped = 0;
		for (int i = 0; i < ordinals.length && page.size() < limit; i++) {
			int ordinal = ordinals[reversed ? ordinals.length - 1 - i : i];
			if (matching.get(ordinal)) {
				if (skipped < offset) {
					skipped++;
				}
				else {
					page.add(this.exercises.get(ordinal));
				}
			}
		}
		return page;
	}

	// Best score first, ties by name: score and name rank packed into one sortable long.
	private List<ExerciseEntry> byRelevance(SearchIndex.Hits hits, FixedBitSet matching, int total, long offset,
			int limit) {
		long[] keys = new long[total];
		int n = 0;
		BitSetIterator ordinals = new BitSetIterator(matching, 0L);
		for (int ordinal = ordinals.nextDoc(); ordinal != DocIdSetIterator.NO_MORE_DOCS; ordinal = ordinals.nextDoc()) {
			long score = Integer.MAX_VALUE - Float.floatToIntBits(Math.max(hits.score(ordinal), 0f));
			keys[n++] = (score << 32) | this.nameRank[ordinal];
		}
		Arrays.sort(keys, 0, n);
		List<ExerciseEntry> page = new ArrayList<>(Math.min(limit, 100));
		for (long i = offset; i < n && page.size() < limit; i++) {
			page.add(this.exercises.get(this.byName[(int) keys[(int) i]]));
		}
		return page;
	}

}
