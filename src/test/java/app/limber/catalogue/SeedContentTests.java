package app.limber.catalogue;

import app.limber.catalogue.seed.CatalogueReader;
import app.limber.catalogue.seed.CatalogueSeed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.limber.catalogue.seed.CatalogueSeed.CautionSeed;
import app.limber.catalogue.seed.CatalogueSeed.DosageSeed;
import app.limber.catalogue.seed.CatalogueSeed.ExerciseSeed;
import app.limber.catalogue.seed.CatalogueSeed.MuscleSeed;
import app.limber.catalogue.seed.CatalogueSeed.RangeSeed;
import app.limber.catalogue.seed.CatalogueSeed.SourceSeed;
import app.limber.catalogue.seed.CatalogueSeed.TargetSeed;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The real seed catalogue says what the five articles say, entry by entry: the readings
 * corrected in issue 16, checked against the articles' own words, and the rules that keep
 * cautions from contradicting the exercises they are shown with.
 */
class SeedContentTests {

	private static final String ARTICLE_000 = "say-goodbye-to-lower-back-pain";

	private static final String ARTICLE_001 = "how-to-fix-lower-back-and-glute-pain";

	private static final String ARTICLE_002 = "relieve-lower-back-and-glute-pain-with-exercises";

	private static final String ARTICLE_003 = "stretches-for-a-flexible-back";

	private static final String ARTICLE_004 = "glute-exercises-to-relieve-lower-back-pain";

	// How often, as the articles say it: "twice a day", "2–3 times a week", "daily"...
	private static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(daily|weekly|(a|per|each|every) (day|week))\\b");

	private static CatalogueSeed catalogue;

	private static Map<String, SourceSeed> sources;

	private static Map<String, MuscleSeed> muscles;

	private static Map<String, CautionSeed> cautions;

	private static Map<String, ExerciseSeed> exercises;

	@BeforeAll
	static void readTheRealCatalogue() {
		catalogue = new CatalogueReader(new DefaultResourceLoader()).read("classpath:catalogue/");
		sources = bySlug(catalogue.sources(), SourceSeed::slug);
		muscles = bySlug(catalogue.muscles(), MuscleSeed::slug);
		cautions = bySlug(catalogue.cautions(), CautionSeed::slug);
		exercises = bySlug(catalogue.exercises(), ExerciseSeed::slug);
	}

	// Item 1: 002's "2-3 times per week, allowing rest days in between" is its advice for
	// its own exercises.
	@Test
	void shouldGiveTheRestDaysOfArticle002OnlyToTheExercisesItDosesTwoToThreeTimesAWeek() {
		CautionSeed restDays = cautions.get("rest-days-between-sessions");
		assertThat(restDays.general()).isFalse();
		assertThat(restDays.sources()).containsExactly(ARTICLE_002);
		assertThat(restDays.severity()).isEqualTo("info");
		assertThat(restDays.text()).contains("2–3 times a week", "rest days", "recovery", "overuse injuries");
		Set<String> dosedWeeklyBy002 = slugsOf(catalogue.exercises()
			.stream()
			.filter((exercise) -> exercise.dosages()
				.stream()
				.anyMatch((dosage) -> dosage.source().equals(ARTICLE_002)
						&& "2–3 times a week".equals(dosage.frequency()))));
		assertThat(exercisesCautionedBy("rest-days-between-sessions")).isEqualTo(dosedWeeklyBy002)
			.contains("knee-to-chest-stretch", "glute-bridge", "plank")
			.doesNotContain("supine-twist");
	}

	// A general caution is shown on every exercise, so it must not say how often to train
	// unless every exercise is dosed that often.
	@Test
	void shouldNotContradictAnyExercisesOwnFrequencyInAGeneralCaution() {
		assertThat(catalogue.cautions()).filteredOn((caution) -> saysHowOften(caution.text()))
			.extracting(CautionSeed::slug)
			.containsExactlyInAnyOrder("rest-days-between-sessions", "daily-stretching-habit");
		for (CautionSeed caution : catalogue.cautions()) {
			if (!caution.general() || !saysHowOften(caution.text())) {
				continue;
			}
			for (ExerciseSeed exercise : catalogue.exercises()) {
				for (DosageSeed dosage : exercise.dosages()) {
					if (dosage.frequency() != null) {
						assertThat(caution.text())
							.as("general caution '%s' against the dosage of '%s' from %s", caution.slug(),
									exercise.slug(), dosage.source())
							.contains(dosage.frequency());
					}
				}
			}
		}
	}

	@Test
	void shouldKeepConsistencyGuidanceGeneralWithoutSayingHowOften() {
		CautionSeed consistency = cautions.get("consistency-over-intensity");
		assertThat(consistency.general()).isTrue();
		assertThat(consistency.sources()).containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_003);
		assertThat(consistency.text()).contains("Regular, moderate", "infrequent, intense", "not quick fixes");
		assertThat(saysHowOften(consistency.text())).isFalse();
	}

	// 000's "even ten minutes a day" and 003's "a specific time each day for stretching"
	// are about their stretches.
	@Test
	void shouldGiveTheDailyStretchingHabitOfArticles000And003ToTheirStretches() {
		CautionSeed daily = cautions.get("daily-stretching-habit");
		assertThat(daily.general()).isFalse();
		assertThat(daily.severity()).isEqualTo("info");
		assertThat(daily.sources()).containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_003);
		assertThat(daily.text()).contains("ten minutes of stretching a day", "each day",
				"after waking up or before bed", "watching TV", "at your desk", "reminders", "log");
		Set<String> stretchesOf000And003 = slugsOf(catalogue.exercises()
			.stream()
			.filter((exercise) -> exercise.goals().contains("stretch"))
			.filter((exercise) -> exercise.sources().contains(ARTICLE_000)
					|| exercise.sources().contains(ARTICLE_003)));
		assertThat(exercisesCautionedBy("daily-stretching-habit")).isEqualTo(stretchesOf000And003)
			.contains("piriformis-stretch", "childs-pose", "cobra-pose", "glute-bridge", "standing-hip-extension")
			.doesNotContain("plank", "banded-glute-bridge");
	}

	// Issue 31: 000 gives the bridge and the standing hip extension among its seven
	// stretches ("it also restores glute flexibility"; "a functional stretch"), and 003
	// the bridge among its best back stretches ("improving lower spine flexibility"):
	// both stretch as well as what else they do.
	@Test
	void shouldMakeTheBridgeAndTheStandingHipExtensionOf000StretchesAlike() {
		for (String slug : List.of("glute-bridge", "standing-hip-extension")) {
			ExerciseSeed exercise = exercises.get(slug);
			assertThat(exercise.goals()).as(slug).contains("stretch");
			assertThat(exercise.cautions()).as(slug).contains("daily-stretching-habit");
		}
		assertThat(exercises.get("glute-bridge").goals()).containsExactly("stretch", "strengthen", "stabilise");
		assertThat(exercises.get("glute-bridge").whyItHelps()).contains("restores glute flexibility",
				"flexibility of the lower spine");
	}

	// Issue 31: 000 says the standing hip extension "improves coordination between the
	// hips and core", which names no muscle it works; "focus on engaging the glute" does.
	@Test
	void shouldTargetOnlyTheGluteArticle000NamesInTheStandingHipExtension() {
		assertThat(targets("standing-hip-extension")).containsExactly(tuple("gluteus-maximus", "primary"));
	}

	// Item 2: 001 puts "Foam Rolling and Massage" under its own heading, apart from
	// stretching and strengthening.
	@Test
	void shouldTellFoamRollingApartAsSelfMassageServingNoneOfTheThreeGoals() {
		ExerciseSeed foamRoll = exercises.get("glute-foam-roll");
		assertThat(foamRoll.technique()).isEqualTo("self-massage");
		assertThat(foamRoll.goals()).isEmpty();
		assertThat(foamRoll.aliases()).containsExactly("Foam rolling");
		assertThat(foamRoll.whyItHelps()).contains("direct pressure", "knots", "blood flow");
		assertThat(foamRoll.steps()).containsExactly("Roll slowly over your glutes on a foam roller.",
				"Pause on tender areas.");
		assertThat(foamRoll.equipment()).containsExactly("foam-roller");
		assertThat(foamRoll.dosages()).singleElement().satisfies((dosage) -> {
			assertThat(dosage.source()).isEqualTo(ARTICLE_001);
			assertThat(dosage.holdSeconds()).isEqualTo(new RangeSeed(20, 30));
			assertThat(dosage.frequency()).isNull();
		});
		assertThat(foamRoll.sources()).containsExactly(ARTICLE_001);
	}

	@Test
	void shouldGiveEveryMovementAGoalAndNoOtherExerciseTheSelfMassageTechnique() {
		assertThat(catalogue.exercises()).filteredOn(ExerciseSeed::isSelfMassage)
			.extracting(ExerciseSeed::slug)
			.containsExactly("glute-foam-roll");
		assertThat(catalogue.exercises()).filteredOn((exercise) -> !exercise.isSelfMassage())
			.allSatisfy((exercise) -> assertThat(exercise.goals()).as(exercise.slug()).isNotEmpty());
	}

	// Item 3: 004 sends pain that is severe "or which does not go away" to a doctor, 001
	// sends pain that persists to a physiotherapist: the same situation, the same
	// severity.
	@Test
	void shouldGiveSevereAndPersistentPainTheSameStopSeverity() {
		CautionSeed severe = cautions.get("severe-pain-see-doctor");
		CautionSeed persistent = cautions.get("persistent-pain-see-physiotherapist");
		assertThat(severe.severity()).isEqualTo("stop");
		assertThat(persistent.severity()).isEqualTo(severe.severity());
		assertThat(cautions.get("persistent-neurological-symptoms").severity()).isEqualTo("stop");
		assertThat(severe.text()).contains("severe", "does not go away with gentle stretches and exercise", "doctor");
		assertThat(severe.sources()).containsExactlyInAnyOrder(ARTICLE_003, ARTICLE_004);
		assertThat(persistent.text()).contains("persists", "physiotherapist or orthopaedic specialist",
				"manual therapy", "injections");
		assertThat(persistent.sources()).containsExactly(ARTICLE_001);
	}

	// Item 4: where an article names no muscle, only what its words support.
	@Test
	void shouldTargetOnlyTheGlutesArticle002NamesInTheSeatedGluteStretch() {
		// "reducing tension in the glutes"
		assertThat(targets("seated-glute-stretch")).containsExactly(tuple("gluteus-maximus", "primary"));
	}

	@Test
	void shouldTargetTheGlutesAndTheCoreOfTheGluteBridgeInTheBandedGluteBridge() {
		// "increases the activation of the glutes"; "perform the glute bridge as
		// described
		// earlier", which engages the core.
		assertThat(targets("banded-glute-bridge")).containsExactly(tuple("gluteus-maximus", "primary"),
				tuple("abdominals", "secondary"));
	}

	@Test
	void shouldTargetNoMuscleArticle001DoesNotNameInThePigeonPose() {
		assertThat(targets("pigeon-pose")).containsExactly(tuple("gluteus-maximus", "primary"));
	}

	@Test
	void shouldTargetNoMuscleArticle002DoesNotNameInTheBandedHipHinge() {
		assertThat(targets("banded-hip-hinge")).containsExactly(tuple("gluteus-maximus", "primary"));
	}

	@Test
	void shouldTargetOnlyTheLowerBackInTheKneeToChestStretch() {
		// 002, 003 and 004 speak of the lower back and the "hip area", never of the
		// glutes.
		assertThat(targets("knee-to-chest-stretch")).containsExactly(tuple("erector-spinae", "primary"));
	}

	@Test
	void shouldTargetTheOuterGlutesOfArticle000InTheSideLyingHipStretch() {
		// "the outer glutes and hip stabilizers": nothing there for a deeper gluteus
		// minimus.
		assertThat(targets("side-lying-hip-stretch")).containsExactly(tuple("gluteus-medius", "primary"));
	}

	@Test
	void shouldFindThePiriformisOnlyInTheStretchesTheArticlesSayTargetIt() {
		assertThat(catalogue.exercises()).filteredOn(
				(exercise) -> exercise.muscles().stream().anyMatch((target) -> target.muscle().equals("piriformis")))
			.extracting(ExerciseSeed::slug)
			.containsExactly("piriformis-stretch");
		assertThat(catalogue.exercises())
			.filteredOn((exercise) -> exercise.muscles()
				.stream()
				.anyMatch((target) -> target.muscle().equals("gluteus-minimus")))
			.isEmpty();
	}

	// Item 5: each muscle as the articles describe it, or not at all.
	@Test
	void shouldDescribeThePiriformisAsTheArticlesDo() {
		assertThat(muscles.get("piriformis").description())
			.contains("deep glute muscle", "buttock", "sciatic nerve", "piriformis syndrome")
			.doesNotContain("rotate");
	}

	@Test
	void shouldDescribeTheHipFlexorsAsTightenedBySitting() {
		assertThat(muscles.get("hip-flexors").description())
			.contains("prolonged sitting", "tilt the pelvis forward", "lordosis")
			.doesNotContain("front of the hip", "draw the thigh");
	}

	@Test
	void shouldDescribeTheGluteusMediusAndMinimusOnlyAsTwoOfTheThreeGlutealMuscles() {
		assertThat(muscles.get("gluteus-medius").description())
			.contains("three gluteal muscles", "stabilise the pelvis", "support the lower back")
			.doesNotContain("outer");
		assertThat(muscles.get("gluteus-minimus").description())
			.contains("three gluteal muscles", "stabilise the pelvis", "support the lower back")
			.doesNotContain("smallest", "deepest", "beneath");
	}

	@Test
	void shouldLeaveEmptyTheDescriptionOfEveryMuscleNoArticleDescribes() {
		assertThat(catalogue.muscles()).filteredOn((muscle) -> muscle.description().isEmpty())
			.extracting(MuscleSeed::slug)
			.containsExactlyInAnyOrder("quadratus-lumborum", "rectus-femoris", "calves");
	}

	@Test
	void shouldKeepTextbookAnatomyOutOfMuscleDescriptions() {
		assertThat(catalogue.muscles()).allSatisfy((muscle) -> assertThat(muscle.description()).as(muscle.slug())
			.doesNotContain("lowest rib", "top of the pelvis", "turn the thigh", "bend the knee", "legs together",
					"crosses both", "between the knee and the ankle", "either side of the spine", "front and sides"));
	}

	// Item 6: article 003 has no title of its own.
	@Test
	void shouldTitleArticle003InItsOwnWordsAndSayTheTitleIsDescriptive() {
		SourceSeed article003 = sources.get(ARTICLE_003);
		assertThat(article003.title()).isEqualTo("Back flexibility stretches");
		assertThat(article003.titleIsDescriptive()).isTrue();
		assertThat(catalogue.sources()).filteredOn(SourceSeed::titleIsDescriptive)
			.extracting(SourceSeed::slug)
			.containsExactly(ARTICLE_003);
	}

	// Item 7.
	@Test
	void shouldNameTheClamExerciseAsArticle001Does() {
		ExerciseSeed clam = exercises.get("clamshell");
		assertThat(clam.name()).isEqualTo("Clam exercise");
		assertThat(clam.aliases()).isEmpty();
		assertThat(clam.sources()).containsExactly(ARTICLE_001);
		assertThat(clam.whyItHelps()).startsWith("Targets the gluteus medius.");
		assertThat(catalogue.exercises()).allSatisfy((exercise) -> {
			assertThat(exercise.name()).doesNotContainIgnoringCase("clamshell");
			assertThat(exercise.aliases()).noneMatch((alias) -> alias.toLowerCase().contains("clamshell"));
		});
	}

	// Item 8.
	@Test
	void shouldGiveThePostureGuidanceOfArticles000001And004AsAGeneralCaution() {
		CautionSeed posture = cautions.get("good-posture");
		assertThat(posture.general()).isTrue();
		assertThat(posture.severity()).isEqualTo("info");
		assertThat(posture.sources()).containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_001, ARTICLE_004);
		assertThat(posture.text()).contains("proper posture", "neutral spine", "slouching", "long periods of sitting",
				"how you carry heavy objects");
	}

	// Item 9.
	@Test
	void shouldSayAsArticle000DoesThatHydrationAndSleepHelpRecovery() {
		CautionSeed recovery = cautions.get("hydration-and-sleep");
		assertThat(recovery.general()).isTrue();
		assertThat(recovery.severity()).isEqualTo("info");
		assertThat(recovery.sources()).containsExactly(ARTICLE_000);
		assertThat(recovery.text()).contains("Hydration and adequate sleep", "muscle recovery", "inflammation");
	}

	// Item 10: 000 says "breathe steadily" in the seated twist and speaks of controlled
	// breathing in the forward fold; 003 says it among its guidelines.
	@Test
	void shouldCiteEveryArticleThatSaysToBreatheSteadily() {
		CautionSeed breathing = cautions.get("breathe-steadily");
		assertThat(breathing.general()).isTrue();
		assertThat(breathing.sources()).containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_003);
		assertThat(breathing.text()).contains("steadily", "controlled breathing", "Holding your breath");
	}

	// Item 11: 004's "flare up" is felt "during a glute or leg exercise", when the lower
	// back
	// or the hamstrings steal the glutes' work.
	@Test
	void shouldWarnOfALowerBackFlareUpInExactlyTheExercisesThatWorkTheGlutesOrLegs() {
		Set<String> gluteAndLegWork = slugsOf(catalogue.exercises()
			.stream()
			.filter((exercise) -> !exercise.isSelfMassage())
			.filter((exercise) -> exercise.goals().contains("strengthen") || exercise.goals().contains("stabilise"))
			.filter((exercise) -> exercise.muscles()
				.stream()
				.filter((target) -> target.role().equals("primary"))
				.allMatch((target) -> Set.of("glutes", "thighs").contains(muscles.get(target.muscle()).region()))));
		assertThat(exercisesCautionedBy("lower-back-flare-up-in-glute-exercises")).isEqualTo(gluteAndLegWork)
			.containsExactlyInAnyOrder("glute-bridge", "banded-glute-bridge", "single-leg-glute-bridge", "wall-bridge",
					"clamshell", "standing-hip-extension", "romanian-deadlift", "banded-hip-hinge");
		assertThat(cautions.get("lower-back-flare-up-in-glute-exercises").sources()).containsExactly(ARTICLE_004);
	}

	// Issue 31: 004 explains the flare-up and gives no advice for it of its own.
	@Test
	void shouldSayOfTheFlareUpOnlyWhatArticle004Says() {
		assertThat(cautions.get("lower-back-flare-up-in-glute-exercises").text())
			.contains("misconception", "not activating efficiently", "done incorrectly", "hamstrings",
					"lower back muscles", "another underlying problem")
			.doesNotContain("Check your technique", "focus on engaging");
	}

	private static List<Tuple> targets(String exercise) {
		return exercises.get(exercise)
			.muscles()
			.stream()
			.map((TargetSeed target) -> tuple(target.muscle(), target.role()))
			.toList();
	}

	private static Set<String> exercisesCautionedBy(String caution) {
		return slugsOf(catalogue.exercises().stream().filter((exercise) -> exercise.cautions().contains(caution)));
	}

	private static Set<String> slugsOf(Stream<ExerciseSeed> exercises) {
		return exercises.map(ExerciseSeed::slug).collect(Collectors.toSet());
	}

	private static <T> Map<String, T> bySlug(List<T> entries, Function<T, String> slug) {
		return entries.stream().collect(Collectors.toMap(slug, Function.identity()));
	}

	private static boolean saysHowOften(String text) {
		return FREQUENCY.matcher(text).find();
	}

}
