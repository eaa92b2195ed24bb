package app.limber.catalogue;

import app.limber.catalogue.model.Catalogue;
import app.limber.catalogue.model.CauseEntry;
import app.limber.catalogue.model.CautionEntry;
import app.limber.catalogue.wire.Difficulty;
import app.limber.catalogue.model.DosageEntry;
import app.limber.catalogue.wire.Equipment;
import app.limber.catalogue.model.ExerciseEntry;
import app.limber.catalogue.model.ExerciseLink;
import app.limber.catalogue.wire.Goal;
import app.limber.catalogue.model.MuscleEntry;
import app.limber.catalogue.wire.Position;
import app.limber.catalogue.model.Range;
import app.limber.catalogue.model.ReadModel;
import app.limber.catalogue.wire.Severity;
import app.limber.catalogue.model.SourceEntry;
import app.limber.catalogue.wire.SourceKind;
import app.limber.catalogue.wire.Technique;
import app.limber.catalogue.seed.CatalogueReader;
import app.limber.catalogue.seed.CatalogueSeed;
import app.limber.catalogue.store.CatalogueStore;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real seed catalogue loads completely into the database, the read model built from
 * the database holds all of it, and what it says matches the articles.
 */
// The database and schema of production (H2 in memory, Flyway's schema that Hibernate
// only
// checks), not a replacement.
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogueConfiguration.class)
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueLoadingTests {

	private static final String ARTICLE_000 = "say-goodbye-to-lower-back-pain";

	private static final String ARTICLE_001 = "how-to-fix-lower-back-and-glute-pain";

	private static final String ARTICLE_002 = "relieve-lower-back-and-glute-pain-with-exercises";

	private static final String ARTICLE_003 = "stretches-for-a-flexible-back";

	private static final String ARTICLE_004 = "glute-exercises-to-relieve-lower-back-pain";

	@Autowired
	private ReadModel readModel;

	@Autowired
	private CatalogueStore store;

	private Catalogue catalogue;

	@BeforeEach
	void readTheServedCatalogue() {
		this.catalogue = this.readModel.current();
	}

	@Test
	void shouldLoadEveryEntryOfEveryKind() {
		assertThat(this.catalogue.exercises()).hasSize(30);
		assertThat(this.catalogue.exercises().size()).isEqualTo(30);
		assertThat(this.catalogue.muscles()).hasSize(13);
		assertThat(this.catalogue.cautions()).hasSize(21);
		assertThat(this.catalogue.sources()).hasSize(12);
		assertThat(this.catalogue.causes()).hasSize(13);
		assertThat(this.catalogue.version().hash()).matches("[0-9a-f]{64}");
	}

	@Test
	void shouldReadTheSameReadModelBackFromTheDatabaseAsItServesFromTheSeedItWrote() {
		Catalogue inMemory = SeedCatalogues.seed();
		Catalogue fromDatabase = this.store.readLive();
		for (Catalogue built : List.of(this.catalogue, fromDatabase)) {
			SeedCatalogues.assertBuiltAlike(built, inMemory);
		}
	}

	@Test
	void shouldResolveEachCauseToItsExercisesWithTheArticleOfEachLink() {
		CauseEntry sitting = this.catalogue.cause("prolonged-sitting").orElseThrow();
		assertThat(sitting.name()).isEqualTo("Prolonged sitting and inactivity");
		assertThat(sitting.sources()).containsExactly(ARTICLE_000, ARTICLE_001, ARTICLE_002, ARTICLE_003);
		assertThat(sitting.terms()).contains("desk", "office");
		assertThat(this.catalogue.exercisesFor(sitting)).extracting(ExerciseEntry::name)
			.isSortedAccordingTo(Comparator.naturalOrder())
			.contains("Side-lying hip stretch", "Sphinx pose");
		assertThat(sitting.links()).first().satisfies((link) -> {
			assertThat(link.exercise()).isSameAs(exercise("side-lying-hip-stretch"));
			assertThat(link.source()).isEqualTo(ARTICLE_000);
			assertThat(link.implied()).isFalse();
		});
		// Tied to the cause by 000, 002, 003 and 004: one link each, one exercise.
		CauseEntry weakGlutes = this.catalogue.cause("weak-glutes").orElseThrow();
		assertThat(weakGlutes.links()).filteredOn((link) -> link.exercise().slug().equals("glute-bridge"))
			.extracting(CauseEntry.Link::source)
			.containsExactly(ARTICLE_000, ARTICLE_002, ARTICLE_003, ARTICLE_004);
		assertThat(this.catalogue.exercisesFor(weakGlutes)).extracting(ExerciseEntry::slug)
			.containsOnlyOnce("glute-bridge");
		assertThat(this.catalogue.causesOf(exercise("piriformis-stretch"))).extracting(CauseEntry::slug)
			.containsExactly("nerve-irritation", "tight-glutes");
		assertThat(this.catalogue.causesOf(exercise("plank"))).isEmpty();
	}

	@Test
	void shouldNumberTheExercisesInSlugOrderThoughTheSeedFilesListThemOtherwise() {
		List<String> inFileOrder = new CatalogueReader(new DefaultResourceLoader()).read("classpath:catalogue/")
			.exercises()
			.stream()
			.map(CatalogueSeed.ExerciseSeed::slug)
			.toList();
		assertThat(inFileOrder).isNotEqualTo(inFileOrder.stream().sorted().toList());
		assertThat(this.catalogue.exercises()).extracting(ExerciseEntry::slug)
			.containsExactlyElementsOf(inFileOrder.stream().sorted().toList());
		assertThat(this.catalogue.exercises()).extracting(ExerciseEntry::ordinal)
			.containsExactlyElementsOf(IntStream.range(0, inFileOrder.size()).boxed().toList());
	}

	@Test
	void shouldKeepTheFiveArticlesAndTheSevenReferencesArticle002CitesArticlesFirstEachBySlug() {
		List<SourceEntry> all = this.catalogue.sources();
		assertThat(all).isSortedAccordingTo(Comparator.comparing(SourceEntry::kind).thenComparing(SourceEntry::slug));
		assertThat(all).filteredOn((source) -> source.kind() == SourceKind.ARTICLE)
			.extracting(SourceEntry::slug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_001, ARTICLE_002, ARTICLE_003, ARTICLE_004);
		assertThat(all).filteredOn((source) -> source.kind() == SourceKind.REFERENCE)
			.hasSize(7)
			.allSatisfy((reference) -> assertThat(reference.citedBy()).isEqualTo(ARTICLE_002))
			.anySatisfy((reference) -> {
				assertThat(reference.authors()).isEqualTo("Lee, H., et al.");
				assertThat(reference.year()).isEqualTo(2024);
				assertThat(reference.title()).isEqualTo("Exercise interventions for lower back and glute pain");
				assertThat(reference.publisher()).isEqualTo("Scientific Reports");
			});
	}

	@Test
	void shouldDescribeTheGluteBridgeFromAllFourArticlesWithBothDosages() {
		ExerciseEntry bridge = exercise("glute-bridge");
		assertThat(bridge.aliases()).containsExactly("Bridge", "Bridge pose", "Bridges");
		// 000 and 003 give it among their stretches: it also restores flexibility.
		assertThat(bridge.goals()).containsExactly(Goal.STRETCH, Goal.STRENGTHEN, Goal.STABILISE);
		assertThat(bridge.position()).isEqualTo(Position.LYING_ON_BACK);
		assertThat(bridge.equipment()).containsExactly(Equipment.NONE);
		assertThat(bridge.difficulty()).isEqualTo(Difficulty.BEGINNER);
		assertThat(bridge.sources()).extracting(SourceEntry::slug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_002, ARTICLE_003, ARTICLE_004);
		// Article 002: hold 2 seconds, 10-15 repetitions; article 004: 3 sets of 15, rest
		// one minute.
		assertThat(bridge.dosages()).containsExactly(
				new DosageEntry(ARTICLE_002, null, new Range(10, 15), new Range(2, 2), null, "2–3 times a week"),
				new DosageEntry(ARTICLE_004, new Range(3, 3), new Range(15, 15), null, 60, null));
		assertThat(bridge.dosage()).isEqualTo(bridge.dosages().get(0));
		assertThat(bridge.primaryMuscles()).extracting(MuscleEntry::slug).containsExactly("gluteus-maximus");
		assertThat(bridge.secondaryMuscles()).extracting(MuscleEntry::slug)
			.containsExactly("abdominals", "erector-spinae");
		assertThat(bridge.harder()).containsExactly(new ExerciseLink("banded-glute-bridge", "Banded glute bridge"),
				new ExerciseLink("single-leg-glute-bridge", "Single-leg glute bridge"));
		assertThat(bridge.alternatives()).containsExactly(new ExerciseLink("wall-bridge", "Wall bridge"));
		// 15 repetitions of a 2-second hold plus 2 seconds of movement each.
		assertThat(bridge.estimatedDurationSeconds()).isEqualTo(60);
	}

	@Test
	void shouldMergeThePiriformisStretchAndKeepTheSeatedVersionApart() {
		ExerciseEntry piriformis = exercise("piriformis-stretch");
		assertThat(piriformis.aliases()).contains("Supine hip stretch");
		assertThat(piriformis.goals()).containsExactly(Goal.STRETCH);
		assertThat(piriformis.position()).isEqualTo(Position.LYING_ON_BACK);
		assertThat(piriformis.perSide()).isTrue();
		assertThat(piriformis.sources()).extracting(SourceEntry::slug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_001, ARTICLE_002, ARTICLE_003);
		assertThat(piriformis.dosages()).singleElement()
			.satisfies((dosage) -> assertThat(dosage.holdSeconds()).isEqualTo(new Range(30, 30)));
		assertThat(piriformis.primaryMuscles()).first()
			.satisfies((muscle) -> assertThat(muscle.slug()).isEqualTo("piriformis"));
		assertThat(piriformis.alternatives()).extracting(ExerciseLink::slug).containsExactly("seated-glute-stretch");
		ExerciseEntry seated = exercise("seated-glute-stretch");
		assertThat(seated.position()).isEqualTo(Position.SEATED);
		assertThat(seated.sources()).extracting(SourceEntry::slug).containsExactly(ARTICLE_002);
		assertThat(seated.alternatives()).extracting(ExerciseLink::slug).containsExactly("piriformis-stretch");
	}

	@Test
	void shouldLeaveDosageEmptyWhereTheArticlesGiveNoNumbers() {
		ExerciseEntry childsPose = exercise("childs-pose");
		assertThat(childsPose.dosages()).isEmpty();
		assertThat(childsPose.dosage()).isNull();
		assertThat(childsPose.estimatedDurationSeconds()).isNull();
		assertThat(childsPose.position()).isEqualTo(Position.KNEELING);
		assertThat(childsPose.sources()).extracting(SourceEntry::slug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_003);
	}

	@Test
	void shouldKeepTheRomanianDeadliftsWeightsDosageAndNeutralSpineCaution() {
		ExerciseEntry deadlift = exercise("romanian-deadlift");
		assertThat(deadlift.equipment()).containsExactly(Equipment.WEIGHTS);
		assertThat(deadlift.position()).isEqualTo(Position.STANDING);
		assertThat(deadlift.dosage().reps()).isEqualTo(new Range(8, 10));
		assertThat(deadlift.dosage().frequency()).isEqualTo("2–3 times a week");
		// Its own cautions, most serious first.
		assertThat(deadlift.cautions()).extracting(CautionEntry::slug)
			.containsExactly("neutral-spine-under-load", "lower-back-flare-up-in-glute-exercises",
					"rest-days-between-sessions");
		assertThat(deadlift.primaryMuscles()).extracting(MuscleEntry::slug)
			.containsExactly("gluteus-maximus", "hamstrings");
	}

	@Test
	void shouldTakeTheKneeToChestStretchFromThreeArticlesWithArticle004sDosageFirst() {
		ExerciseEntry kneeToChest = exercise("knee-to-chest-stretch");
		assertThat(kneeToChest.sources()).extracting(SourceEntry::slug)
			.containsExactlyInAnyOrder(ARTICLE_002, ARTICLE_003, ARTICLE_004);
		DosageEntry dosage = kneeToChest.dosage();
		assertThat(dosage.source()).isEqualTo(ARTICLE_004);
		assertThat(dosage.holdSeconds()).isEqualTo(new Range(5, 5));
		assertThat(dosage.reps()).isEqualTo(new Range(2, 3));
		assertThat(dosage.frequency()).isEqualTo("twice a day");
	}

	@Test
	void shouldAttachSpecificCautionsToTheirExercises() {
		assertThat(exercise("standing-forward-fold").cautions()).extracting(CautionEntry::slug)
			.contains("forward-fold-keep-knees-soft");
		assertThat(exercise("standing-hip-extension").cautions()).extracting(CautionEntry::slug)
			.contains("hip-extension-do-not-arch-back");
		assertThat(exercise("butterfly-stretch").cautions()).extracting(CautionEntry::slug)
			.contains("butterfly-gentle-knee-pressure");
		assertThat(
				this.catalogue.exercisesCautionedBy(this.catalogue.caution("neutral-spine-under-load").orElseThrow()))
			.extracting(ExerciseEntry::slug)
			.containsExactly("banded-hip-hinge", "romanian-deadlift");
	}

	@Test
	void shouldTreatRedFlagsAsGeneralStopCautions() {
		assertThat(this.catalogue.generalCautions()).filteredOn((caution) -> caution.severity() == Severity.STOP)
			.extracting(CautionEntry::slug)
			.containsExactly("persistent-neurological-symptoms", "persistent-pain-see-physiotherapist",
					"severe-pain-see-doctor", "stop-if-pain-worsens");
		assertThat(this.catalogue.generalCautions()).hasSize(14).allMatch(CautionEntry::general);
		assertThat(this.catalogue.caution("start-gently-no-bouncing").orElseThrow().severity())
			.isEqualTo(Severity.WARNING);
	}

	@Test
	void shouldGiveEveryExerciseAGoalAPrimaryMuscleAndASource() {
		// Only self-massage (foam rolling) may go without a goal.
		assertThat(this.catalogue.exercises()).allSatisfy((exercise) -> {
			if (exercise.technique() == Technique.MOVEMENT) {
				assertThat(exercise.goals()).isNotEmpty();
			}
			assertThat(exercise.sources()).isNotEmpty();
			assertThat(exercise.steps()).isNotEmpty();
			assertThat(exercise.primaryMuscles()).isNotEmpty();
		});
	}

	private ExerciseEntry exercise(String slug) {
		return this.catalogue.exercise(slug).orElseThrow();
	}

}
