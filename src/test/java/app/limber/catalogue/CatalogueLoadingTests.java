package app.limber.catalogue;

import java.util.List;

import app.limber.catalogue.store.Caution;
import app.limber.caution.CautionRepository;
import app.limber.catalogue.Severity;
import app.limber.catalogue.Difficulty;
import app.limber.catalogue.store.Dosage;
import app.limber.catalogue.Equipment;
import app.limber.catalogue.store.Exercise;
import app.limber.exercise.ExerciseRepository;
import app.limber.catalogue.MuscleRole;
import app.limber.catalogue.Position;
import app.limber.catalogue.Range;
import app.limber.catalogue.Goal;
import app.limber.muscle.MuscleRepository;
import app.limber.catalogue.store.Source;
import app.limber.catalogue.SourceKind;
import app.limber.source.SourceRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The real seed catalogue loads completely, and what it says matches the articles.
 */
@DataJpaTest(showSql = false)
@Import(CatalogueConfiguration.class)
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueLoadingTests {

	private static final String ARTICLE_000 = "say-goodbye-to-lower-back-pain";

	private static final String ARTICLE_001 = "how-to-fix-lower-back-and-glute-pain";

	private static final String ARTICLE_002 = "relieve-lower-back-and-glute-pain-with-exercises";

	private static final String ARTICLE_003 = "stretches-for-a-flexible-back";

	private static final String ARTICLE_004 = "glute-exercises-to-relieve-lower-back-pain";

	@Autowired
	private CatalogueVersion version;

	@Autowired
	private ExerciseRepository exercises;

	@Autowired
	private MuscleRepository muscles;

	@Autowired
	private CautionRepository cautions;

	@Autowired
	private SourceRepository sources;

	@Test
	void shouldLoadEveryEntryOfEveryKind() {
		assertThat(this.exercises.count()).isEqualTo(30);
		assertThat(this.version.exercises()).isEqualTo(30);
		assertThat(this.muscles.count()).isEqualTo(13);
		assertThat(this.cautions.count()).isEqualTo(18);
		assertThat(this.sources.count()).isEqualTo(12);
		assertThat(this.version.hash()).matches("[0-9a-f]{64}");
	}

	@Test
	void shouldKeepTheFiveArticlesAndTheSevenReferencesArticle002Cites() {
		List<Source> all = this.sources.findAll();
		assertThat(all).filteredOn((source) -> source.getKind() == SourceKind.ARTICLE)
			.extracting(Source::getSlug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_001, ARTICLE_002, ARTICLE_003, ARTICLE_004);
		assertThat(all).filteredOn((source) -> source.getKind() == SourceKind.REFERENCE)
			.hasSize(7)
			.allSatisfy((reference) -> assertThat(reference.getCitedBy().getSlug()).isEqualTo(ARTICLE_002))
			.anySatisfy((reference) -> {
				assertThat(reference.getAuthors()).isEqualTo("Lee, H., et al.");
				assertThat(reference.getYear()).isEqualTo(2024);
				assertThat(reference.getTitle()).isEqualTo("Exercise interventions for lower back and glute pain");
				assertThat(reference.getPublisher()).isEqualTo("Scientific Reports");
			});
	}

	@Test
	void shouldDescribeTheGluteBridgeFromAllFourArticlesWithBothDosages() {
		Exercise bridge = this.exercises.findById("glute-bridge").orElseThrow();
		assertThat(bridge.getAliases()).contains("Bridge", "Bridge pose");
		assertThat(bridge.getGoals()).containsExactlyInAnyOrder(Goal.STRENGTHEN, Goal.STABILISE);
		assertThat(bridge.getPosition()).isEqualTo(Position.LYING_ON_BACK);
		assertThat(bridge.getEquipment()).containsExactly(Equipment.NONE);
		assertThat(bridge.getDifficulty()).isEqualTo(Difficulty.BEGINNER);
		assertThat(bridge.getSources()).extracting(Source::getSlug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_002, ARTICLE_003, ARTICLE_004);
		// Article 002: hold 2 seconds, 10-15 repetitions; article 004: 3 sets of 15, rest
		// one minute.
		Dosage first = bridge.getDosages().get(0);
		assertThat(first.getSource().getSlug()).isEqualTo(ARTICLE_002);
		assertThat(first.getReps()).isEqualTo(new Range(10, 15));
		assertThat(first.getHoldSeconds()).isEqualTo(new Range(2, 2));
		assertThat(first.getSets()).isNull();
		Dosage second = bridge.getDosages().get(1);
		assertThat(second.getSource().getSlug()).isEqualTo(ARTICLE_004);
		assertThat(second.getSets()).isEqualTo(new Range(3, 3));
		assertThat(second.getReps()).isEqualTo(new Range(15, 15));
		assertThat(second.getRestSeconds()).isEqualTo(60);
		assertThat(bridge.getMuscles())
			.extracting((target) -> target.getMuscle().getSlug(), (target) -> target.getRole())
			.contains(tuple("gluteus-maximus", MuscleRole.PRIMARY));
		assertThat(bridge.getHarder()).extracting(Exercise::getSlug)
			.containsExactlyInAnyOrder("banded-glute-bridge", "single-leg-glute-bridge");
		// 15 repetitions of a 2-second hold plus 2 seconds of movement each.
		assertThat(bridge.getEstimatedDurationSeconds()).isEqualTo(60);
	}

	@Test
	void shouldMergeThePiriformisStretchAndKeepTheSeatedVersionApart() {
		Exercise piriformis = this.exercises.findById("piriformis-stretch").orElseThrow();
		assertThat(piriformis.getAliases()).contains("Supine hip stretch");
		assertThat(piriformis.getGoals()).containsExactly(Goal.STRETCH);
		assertThat(piriformis.getPosition()).isEqualTo(Position.LYING_ON_BACK);
		assertThat(piriformis.isPerSide()).isTrue();
		assertThat(piriformis.getSources()).extracting(Source::getSlug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_001, ARTICLE_002, ARTICLE_003);
		assertThat(piriformis.getDosages()).singleElement()
			.satisfies((dosage) -> assertThat(dosage.getHoldSeconds()).isEqualTo(new Range(30, 30)));
		assertThat(piriformis.getMuscles()).first()
			.satisfies((target) -> assertThat(target.getMuscle().getSlug()).isEqualTo("piriformis"));
		assertThat(piriformis.getAlternatives()).extracting(Exercise::getSlug).containsExactly("seated-glute-stretch");
		Exercise seated = this.exercises.findById("seated-glute-stretch").orElseThrow();
		assertThat(seated.getPosition()).isEqualTo(Position.SEATED);
		assertThat(seated.getSources()).extracting(Source::getSlug).containsExactly(ARTICLE_002);
	}

	@Test
	void shouldLeaveDosageEmptyWhereTheArticlesGiveNoNumbers() {
		Exercise childsPose = this.exercises.findById("childs-pose").orElseThrow();
		assertThat(childsPose.getDosages()).isEmpty();
		assertThat(childsPose.getEstimatedDurationSeconds()).isNull();
		assertThat(childsPose.getPosition()).isEqualTo(Position.KNEELING);
		assertThat(childsPose.getSources()).extracting(Source::getSlug)
			.containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_003);
	}

	@Test
	void shouldKeepTheRomanianDeadliftsWeightsDosageAndNeutralSpineCaution() {
		Exercise deadlift = this.exercises.findById("romanian-deadlift").orElseThrow();
		assertThat(deadlift.getEquipment()).containsExactly(Equipment.WEIGHTS);
		assertThat(deadlift.getPosition()).isEqualTo(Position.STANDING);
		assertThat(deadlift.getDosages().get(0).getReps()).isEqualTo(new Range(8, 10));
		assertThat(deadlift.getDosages().get(0).getFrequency()).isEqualTo("2–3 times a week");
		assertThat(deadlift.getCautions()).extracting(Caution::getSlug).contains("neutral-spine-under-load");
		assertThat(deadlift.getMuscles()).filteredOn((target) -> target.getRole() == MuscleRole.PRIMARY)
			.extracting((target) -> target.getMuscle().getSlug())
			.contains("gluteus-maximus", "hamstrings");
	}

	@Test
	void shouldTakeTheKneeToChestStretchFromThreeArticlesWithArticle004sDosageFirst() {
		Exercise kneeToChest = this.exercises.findById("knee-to-chest-stretch").orElseThrow();
		assertThat(kneeToChest.getSources()).extracting(Source::getSlug)
			.containsExactlyInAnyOrder(ARTICLE_002, ARTICLE_003, ARTICLE_004);
		Dosage dosage = kneeToChest.getDosages().get(0);
		assertThat(dosage.getSource().getSlug()).isEqualTo(ARTICLE_004);
		assertThat(dosage.getHoldSeconds()).isEqualTo(new Range(5, 5));
		assertThat(dosage.getReps()).isEqualTo(new Range(2, 3));
		assertThat(dosage.getFrequency()).isEqualTo("twice a day");
	}

	@Test
	void shouldAttachSpecificCautionsToTheirExercises() {
		assertThat(this.exercises.findById("standing-forward-fold").orElseThrow().getCautions())
			.extracting(Caution::getSlug)
			.contains("forward-fold-keep-knees-soft");
		assertThat(this.exercises.findById("standing-hip-extension").orElseThrow().getCautions())
			.extracting(Caution::getSlug)
			.contains("hip-extension-do-not-arch-back");
		assertThat(this.exercises.findById("butterfly-stretch").orElseThrow().getCautions())
			.extracting(Caution::getSlug)
			.contains("butterfly-gentle-knee-pressure");
	}

	@Test
	void shouldTreatRedFlagsAsGeneralStopCautions() {
		assertThat(this.cautions.findAll()).filteredOn(Caution::isGeneral)
			.filteredOn((caution) -> caution.getSeverity() == Severity.STOP)
			.extracting(Caution::getSlug)
			.contains("persistent-neurological-symptoms", "severe-pain-see-doctor", "stop-if-pain-worsens");
		assertThat(this.cautions.findById("start-gently-no-bouncing").orElseThrow().getSeverity())
			.isEqualTo(Severity.WARNING);
	}

	@Test
	void shouldGiveEveryExerciseAGoalAPrimaryMuscleAndASource() {
		assertThat(this.exercises.findAll()).allSatisfy((exercise) -> {
			assertThat(exercise.getGoals()).isNotEmpty();
			assertThat(exercise.getSources()).isNotEmpty();
			assertThat(exercise.getSteps()).isNotEmpty();
			assertThat(exercise.getMuscles()).anyMatch((target) -> target.getRole() == MuscleRole.PRIMARY);
		});
	}

}
