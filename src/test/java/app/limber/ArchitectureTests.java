package app.limber;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
			"app.limber.suggestion..", "app.limber.download.." };

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
	void shouldKeepTheFeaturesOutOfTheHttpEdge() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.limber.http..")
			.check(CLASSES);
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
