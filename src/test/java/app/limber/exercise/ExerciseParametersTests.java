package app.limber.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import app.limber.catalogue.BodyRegion;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.Facet;
import app.limber.catalogue.Goal;
import app.limber.catalogue.Position;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct route checks a page's parameters with
 * {@link ExerciseParameters#withinLimits()} instead of Bean Validation: the two must give
 * the same verdict on every bean, and the check must know every constraint the fields
 * declare.
 */
class ExerciseParametersTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private static final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void shouldCheckExactlyTheConstraintsTheFieldsDeclare() {
		Map<String, List<String>> declared = new TreeMap<>();
		validator.getConstraintsForClass(ExerciseListParameters.class)
			.getConstrainedProperties()
			.forEach((property) -> declared.put(property.getPropertyName(),
					property.getConstraintDescriptors()
						.stream()
						.map(ExerciseParametersTests::describe)
						.sorted()
						.toList()));
		// What withinLimits() checks. A constraint added to a field fails this test until
		// withinLimits() checks it too.
		List<String> values = List.of("Size max=" + ExerciseQuery.MAX_VALUES);
		assertThat(declared).containsExactlyInAnyOrderEntriesOf(
				Map.of("goal", values, "muscle", values, "region", values, "position", values, "equipment", values,
						"difficulty", values, "facets", values, "q", List.of("Size max=" + ExerciseQuery.MAX_QUERY),
						"page", List.of("Max value=" + ExerciseQuery.MAX_PAGE, "Min value=0"), "size",
						List.of("Max value=" + ExerciseQuery.MAX_SIZE, "Min value=1")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneParameterAtItsLimits")
	void shouldAgreeWithBeanValidationAtEachLimit(String name, ExerciseListParameters parameters) {
		assertThat(parameters.withinLimits()).isEqualTo(validator.validate(parameters).isEmpty());
	}

	@Test
	void shouldRefuseEachParameterOutsideItsLimits() {
		assertThat(oneParameterAtItsLimits()).filteredOn((arguments) -> ((String) arguments[0]).endsWith("outside"))
			.hasSize(15)
			.allSatisfy((arguments) -> assertThat(((ExerciseListParameters) arguments[1]).withinLimits()).isFalse());
	}

	@Test
	void shouldAgreeWithBeanValidationOnManyRandomPages() {
		Random random = new Random(20261122);
		int refused = 0;
		for (int i = 0; i < 5_000; i++) {
			ExerciseListParameters parameters = randomParameters(random);
			boolean valid = validator.validate(parameters).isEmpty();
			assertThat(parameters.withinLimits()).as("%s", describe(parameters)).isEqualTo(valid);
			refused += valid ? 0 : 1;
		}
		// Both verdicts are common, so the agreement means something.
		assertThat(refused).isBetween(1_000, 4_000);
	}

	static Stream<Object[]> oneParameterAtItsLimits() {
		List<Object[]> cases = new ArrayList<>();
		cases.add(new Object[] { "nothing set", new ExerciseListParameters() });
		listLimits(cases, "goal", (n) -> parameters((p) -> p.setGoal(repeat(Goal.STRETCH, n))));
		listLimits(cases, "muscle", (n) -> parameters((p) -> p.setMuscle(repeat("piriformis", n))));
		listLimits(cases, "region", (n) -> parameters((p) -> p.setRegion(repeat(BodyRegion.values()[0], n))));
		listLimits(cases, "position", (n) -> parameters((p) -> p.setPosition(repeat(Position.values()[0], n))));
		listLimits(cases, "equipment", (n) -> parameters((p) -> p.setEquipment(repeat(Equipment.values()[0], n))));
		listLimits(cases, "difficulty", (n) -> parameters((p) -> p.setDifficulty(repeat(Difficulty.values()[0], n))));
		listLimits(cases, "facets", (n) -> parameters((p) -> p.setFacets(repeat(Facet.values()[0], n))));
		for (int length : new int[] { 0, 1, ExerciseQuery.MAX_QUERY, ExerciseQuery.MAX_QUERY + 1 }) {
			cases.add(new Object[] { "q of " + length + outside(length, 0, ExerciseQuery.MAX_QUERY),
					parameters((p) -> p.setQ("q".repeat(length))) });
		}
		for (int page : new int[] { Integer.MIN_VALUE, -1, 0, 1, ExerciseQuery.MAX_PAGE, ExerciseQuery.MAX_PAGE + 1,
				Integer.MAX_VALUE }) {
			cases.add(new Object[] { "page " + page + outside(page, 0, ExerciseQuery.MAX_PAGE),
					parameters((p) -> p.setPage(page)) });
		}
		for (int size : new int[] { -1, 0, 1, ExerciseQuery.MAX_SIZE, ExerciseQuery.MAX_SIZE + 1 }) {
			cases.add(new Object[] { "size " + size + outside(size, 1, ExerciseQuery.MAX_SIZE),
					parameters((p) -> p.setSize(size)) });
		}
		return cases.stream();
	}

	private static void listLimits(List<Object[]> cases, String name, IntFunction<ExerciseListParameters> withCount) {
		for (int count : new int[] { 0, 1, ExerciseQuery.MAX_VALUES, ExerciseQuery.MAX_VALUES + 1 }) {
			cases.add(new Object[] { name + " with " + count + outside(count, 0, ExerciseQuery.MAX_VALUES),
					withCount.apply(count) });
		}
	}

	private static String outside(int value, int min, int max) {
		return (value < min || value > max) ? ", outside" : "";
	}

	private static ExerciseListParameters randomParameters(Random random) {
		ExerciseListParameters parameters = new ExerciseListParameters();
		parameters.setGoal(maybeList(random, Goal.values()));
		parameters.setMuscle(maybeList(random, new String[] { "piriformis", "hamstrings", "gluteus-maximus" }));
		parameters.setRegion(maybeList(random, BodyRegion.values()));
		parameters.setPosition(maybeList(random, Position.values()));
		parameters.setEquipment(maybeList(random, Equipment.values()));
		parameters.setDifficulty(maybeList(random, Difficulty.values()));
		parameters.setFacets(maybeList(random, Facet.values()));
		if (random.nextInt(4) > 0) {
			parameters.setQ("x".repeat(Math.max(0, nearLimit(random, 0, ExerciseQuery.MAX_QUERY))));
		}
		if (random.nextInt(3) > 0) {
			parameters.setPage(nearLimit(random, 0, ExerciseQuery.MAX_PAGE));
		}
		if (random.nextInt(3) > 0) {
			parameters.setSize(nearLimit(random, 1, ExerciseQuery.MAX_SIZE));
		}
		return parameters;
	}

	// Mostly within the limits, sometimes just past one.
	private static int nearLimit(Random random, int min, int max) {
		return switch (random.nextInt(12)) {
			case 0 -> min - 1 - random.nextInt(3);
			case 1 -> max + 1 + random.nextInt(3);
			case 2 -> min;
			case 3 -> max;
			default -> min + random.nextInt(max - min + 1);
		};
	}

	private static <T> List<T> maybeList(Random random, T[] values) {
		if (random.nextBoolean()) {
			return null;
		}
		int count = (random.nextInt(10) == 0) ? ExerciseQuery.MAX_VALUES + 1 + random.nextInt(3)
				: random.nextInt(ExerciseQuery.MAX_VALUES + 1);
		return IntStream.range(0, count).mapToObj((i) -> values[random.nextInt(values.length)]).toList();
	}

	private static ExerciseListParameters parameters(Consumer<ExerciseListParameters> setter) {
		ExerciseListParameters parameters = new ExerciseListParameters();
		setter.accept(parameters);
		return parameters;
	}

	private static <T> List<T> repeat(T value, int count) {
		return Collections.nCopies(count, value);
	}

	private static String describe(ConstraintDescriptor<?> constraint) {
		Map<String, Object> attributes = constraint.getAttributes();
		String type = constraint.getAnnotation().annotationType().getSimpleName();
		return switch (type) {
			case "Size" -> type + " max=" + attributes.get("max")
					+ ((int) attributes.get("min") != 0 ? " min=" + attributes.get("min") : "");
			case "Min", "Max" -> type + " value=" + attributes.get("value");
			default -> type + " " + attributes;
		};
	}

	private static String describe(ExerciseListParameters p) {
		return "goal %s, muscle %s, region %s, position %s, equipment %s, difficulty %s, facets %s, q %s, page %s, size %s"
			.formatted(count(p.getGoal()), count(p.getMuscle()), count(p.getRegion()), count(p.getPosition()),
					count(p.getEquipment()), count(p.getDifficulty()), count(p.getFacets()),
					(p.getQ() != null) ? p.getQ().length() + " chars" : null, p.getPage(), p.getSize());
	}

	private static String count(List<?> values) {
		return (values != null) ? values.size() + " values" : "absent";
	}

}
