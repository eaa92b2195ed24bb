package app.limber;

import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RequestParam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph stays as the architecture says: no cycles between packages, the
 * search engine and the catalogue below the features, and entities only in the store.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("__"))
		.importPackages("app.limber");

	/** The packages that each serve one part of the API. */
	private static final String[] FEATURES = { "app.limber.exercise..", "app.limber.goal..", "app.limber.muscle..",
			"app.limber.caution..", "app.limber.cause..", "app.limber.source..", "app.limber.routine..",
			"app.limber.suggestion..", "app.limber.download..", "app.limber.programme.." };

	@Test
	void shouldHaveNoCycleBetweenPackages() {
		slices().matching("app.limber.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void shouldKeepTheSearchEngineFreeOfTheCatalogueAndTheWeb() {
		noClasses().that()
			.resideInAPackage("app.limber.search..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.limber.catalogue..", "app.limber.web..", "app.limber.http..",
					"app.limber.problem..", "app.limber.apidocs..", "org.springframework..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepTheCatalogueFreeOfTheFeaturesAndTheWeb() {
		noClasses().that()
			.resideInAPackage("app.limber.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("app.limber.web..", "app.limber.http..", "app.limber.problem..", "app.limber.apidocs..")
			.check(CLASSES);
	}

	@Test
	void shouldReadAndCheckEveryQueryThroughItsBinder() {
		// Spring MVC's validator validates nothing (WebConfiguration): a constraint
		// annotation or a @RequestParam here would be a second, unchecked way in.
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.validation..", "org.hibernate.validator..")
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(RequestParam.class)
			.because("each query parameter is declared once, as a web.QueryParameter of its QueryBinder")
			.check(CLASSES);
	}

	@Test
	void shouldKeepTheFeaturesOutOfTheHttpEdge() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.limber.http..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepTheCataloguesPartsRunningOneWay() {
		layeredArchitecture().consideringOnlyDependenciesInAnyPackage("app.limber.catalogue..")
			.layer("Start-up")
			.definedBy("app.limber.catalogue")
			.layer("Store")
			.definedBy("app.limber.catalogue.store..")
			.layer("Seed")
			.definedBy("app.limber.catalogue.seed..")
			.layer("Read model")
			.definedBy("app.limber.catalogue.model..")
			.layer("Wire values")
			.definedBy("app.limber.catalogue.wire..")
			.whereLayer("Start-up")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("Store")
			.mayOnlyBeAccessedByLayers("Start-up")
			.whereLayer("Seed")
			.mayOnlyBeAccessedByLayers("Start-up", "Store")
			.whereLayer("Read model")
			.mayOnlyBeAccessedByLayers("Start-up", "Store", "Seed")
			.check(CLASSES);
	}

	@Test
	void shouldLetTheFeaturesReadOnlyTheReadModelAndTheWireValues() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.or()
			.resideInAnyPackage("app.limber.web..", "app.limber.http..", "app.limber.apidocs..", "app.limber.metrics..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.limber.catalogue", "app.limber.catalogue.seed..", "app.limber.catalogue.store..")
			.check(CLASSES);
	}

	@Test
	void shouldKeepEveryPackageSmallEnoughToFindAFileIn() {
		CLASSES.stream()
			.filter((type) -> !type.isNestedClass() && !type.isAnonymousClass())
			.collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()))
			.forEach((name, count) -> assertThat(count).as("classes in %s", name).isLessThanOrEqualTo(25));
	}

	@Test
	void shouldLetOnlyTheCatalogueUseTheStoresEntities() {
		noClasses().that()
			.resideOutsideOfPackage("app.limber.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("app.limber.catalogue.store..")
			.check(CLASSES);
	}

}
