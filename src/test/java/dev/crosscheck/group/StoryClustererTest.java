package dev.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.rules.GroupSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustererTest {
  private static final StoryClusterer CLUSTERER =
      new StoryClusterer(TestCorpus.crosscheck().lexicons().stopwords(), TestCorpus.crosscheck().settings().group());

  @TempDir
  Path tmp;

  private static final List<GroupItem> ITEMS = List.of(
      item("a1", "A magnitude 6.1 earthquake struck the Indonesian province of Aceh on Tuesday, killing at least "
          + "22 people. The quake hit the Bener Meriah district, officials in Banda Aceh said."),
      item("a2", "At least 22 people died when an earthquake of magnitude 6.1 hit Aceh province in Indonesia. "
          + "Rescuers in Bener Meriah searched the rubble, Banda Aceh officials said."),
      item("a3", "The Aceh earthquake killed 22 people in Bener Meriah, the disaster agency in Banda Aceh said on "
          + "Wednesday; the magnitude 6.1 quake destroyed hundreds of houses."),
      item("b1", "Lindsay Lohan checked into the Betty Ford Center on Thursday to begin a 90-day court-ordered "
          + "rehab stay, her lawyer Shawn Holley said."),
      item("b2", "Actress Lindsay Lohan has entered the Betty Ford Center for court-mandated rehab, lawyer Shawn "
          + "Holley confirmed on Thursday."),
      item("c1", "The central bank of Norway left its key interest rate unchanged at 1.5 percent, citing weak "
          + "oil prices and slow wage growth in the Norwegian economy."));

  private static GroupItem item(String key, String text) {
    return new GroupItem(key + ".txt", text, "", "", null);
  }

  @Test
  void groupsArticlesOfTheSameStoryAndNamesThemByTheirWords() {
    List<Cluster> clusters = CLUSTERER.cluster(ITEMS);
    assertThat(members(clusters)).containsExactlyInAnyOrder(
        Set.of("a1.txt", "a2.txt", "a3.txt"), Set.of("b1.txt", "b2.txt"), Set.of("c1.txt"));
    Cluster quake = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
    assertThat(quake.id()).matches("[a-z0-9]+(-[a-z0-9]+){0,2}").contains("aceh");
    assertThat(quake.terms()).isNotEmpty().doesNotHaveDuplicates();
    assertThat(quake.cohesion()).isBetween(0.0, 1.0);
    assertThat(clusters.stream().map(Cluster::id).distinct().count()).isEqualTo(clusters.size());
  }

  @Test
  void theGroupingDoesNotDependOnTheOrderOfTheArticles() {
    List<Cluster> first = CLUSTERER.cluster(ITEMS);
    List<String> expected = describe(first, ITEMS);
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      List<GroupItem> shuffled = new ArrayList<>(ITEMS);
      Collections.shuffle(shuffled, random);
      assertThat(describe(CLUSTERER.cluster(shuffled), shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void copiesOfAnArticleJoinItsStory() {
    List<GroupItem> items = new ArrayList<>(ITEMS);
    for (int i = 0; i < 6; i++) {
      items.add(new GroupItem("copy" + i + ".txt", ITEMS.get(3).text() + (i % 2 == 0 ? "" : " (AP)"), "", "", null));
    }
    List<Set<String>> groups = new ArrayList<>();
    for (Cluster c : CLUSTERER.cluster(items)) {
      Set<String> keys = new TreeSet<>();
      c.members().forEach(m -> keys.add(items.get(m).key()));
      groups.add(keys);
    }
    assertThat(groups).hasSize(3).anySatisfy(g -> assertThat(g).contains("b1.txt", "b2.txt", "copy0.txt",
        "copy5.txt").hasSize(8));
  }

  @Test
  void takenIdsGetANumber() {
    assertThat(Names.id(List.of("tara reid", "rehab"), 3)).isEqualTo("tara-reid-rehab");
    assertThat(Names.id(List.of("São Paulo"), 3)).isEqualTo("sao-paulo");
    assertThat(Names.id(List.of(), 3)).isEqualTo("story");
    List<GroupItem> twins = List.of(item("x1", "Storm floods Venice lagoon city"), item("x2",
        "Storm floods Venice lagoon city"), item("y1", "Storm floods Venice lagoon city again today"));
    List<Cluster> clusters = CLUSTERER.cluster(twins);
    assertThat(clusters.stream().map(Cluster::id).distinct().count()).isEqualTo(clusters.size());
  }

  /** The in-repo evaluation stories (13 ECB+ stories and seeds), flattened, grouped again by content. */
  @Test
  void findsTheStoriesOfTheEvaluationSuite() throws IOException {
    Path flat = Files.createDirectories(tmp.resolve("flat"));
    GroupingEval.flatten(Path.of("src/test/resources/eval/stories"), flat);
    GroupingEval.Score score = GroupingEval.measure(TestCorpus.crosscheck(), flat, 2, null);
    System.out.println("grouping of the evaluation stories: " + score);
    // all 86 ECB+ stories and seeds: NN-ecb and NN-ecbplus are two events of one kind (docs/QUALITY.md)
    assertThat(score.articles()).isGreaterThan(900);
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.85);
  }

  private static List<Set<String>> members(List<Cluster> clusters) {
    List<Set<String>> out = new ArrayList<>();
    for (Cluster c : clusters) {
      Set<String> keys = new TreeSet<>();
      c.members().forEach(m -> keys.add(ITEMS.get(m).key()));
      out.add(keys);
    }
    return out;
  }

  private static List<String> describe(List<Cluster> clusters, List<GroupItem> items) {
    List<String> out = new ArrayList<>();
    for (Cluster c : clusters) {
      Set<String> keys = new TreeSet<>();
      c.members().forEach(m -> keys.add(items.get(m).key()));
      out.add(c.id() + " " + keys + " " + c.terms() + " " + c.cohesion());
    }
    return out;
  }
}
