package dev.crosscheck.group;

import dev.crosscheck.ingest.Corpus;
import dev.crosscheck.ingest.LoadedStory;
import dev.crosscheck.ingest.SourceInput;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.model.StoryGrouping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --group-by auto}: every article of the corpus is read first, whatever its folder or
 * {@code story} field, then the articles are clustered into stories by their clean text
 * ({@link StoryClusterer}). Within a story, source ids are made unique as the corpus reader does
 * ("x", "x-2"...), in the order of the articles' files. Problems reading an article that could not
 * be read belong to no story (their {@code story} is empty); notes on articles that were read go
 * with the article to its story.
 */
public final class AutoGrouping {
  private final StoryClusterer clusterer;

  public AutoGrouping(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  /** A story found, with how it was grouped. */
  public record GroupedStory(LoadedStory story, StoryGrouping grouping) {}

  /** The stories found, ordered by id, and the problems of articles that could not be read. */
  public record Result(List<GroupedStory> stories, List<ProcessingError> errors) {
    public Result {
      stories = List.copyOf(stories);
      errors = List.copyOf(errors);
    }
  }

  /** One story per article of the corpus, to be read (in parallel if wished) and then grouped. */
  public static List<StoryInput> singles(Corpus corpus) {
    List<StoryInput> out = new ArrayList<>();
    for (StoryInput story : corpus.stories()) {
      for (SourceInput s : story.sources()) {
        out.add(new StoryInput(story.id(), List.of(s)));
      }
    }
    return out;
  }

  /** Groups the articles read from {@link #singles}: {@code loaded.get(i)} is {@code singles.get(i)} read. */
  public Result group(List<StoryInput> singles, List<LoadedStory> loaded) {
    if (singles.size() != loaded.size()) {
      throw new IllegalArgumentException(singles.size() + " articles but " + loaded.size() + " read");
    }
    List<GroupItem> items = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    List<List<ProcessingError>> notes = new ArrayList<>();
    List<ProcessingError> unassigned = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < singles.size(); i++) {
      SourceInput source = singles.get(i).sources().get(0);
      LoadedStory story = loaded.get(i);
      if (story.articles().isEmpty()) {
        for (ProcessingError e : story.errors()) {
          unassigned.add(new ProcessingError("", e.source(), e.what(), e.where(), e.severity()));
        }
        continue;
      }
      Article a = story.articles().get(0);
      String key = key(source);
      if (!keys.add(key)) {
        throw new IllegalArgumentException("article read twice: " + source.where());
      }
      items.add(new GroupItem(key, a.clean().text(), a.meta().title(), a.meta().url(), a.meta().publishedDate()));
      articles.add(a);
      notes.add(story.errors());
    }
    List<Cluster> clusters = clusterer.cluster(items);
    List<GroupedStory> stories = new ArrayList<>();
    for (Cluster c : clusters) {
      List<Integer> members = new ArrayList<>(c.members());
      members.sort((x, y) -> items.get(x).key().compareTo(items.get(y).key()));
      Set<String> taken = new HashSet<>();
      List<Article> storyArticles = new ArrayList<>();
      List<ProcessingError> storyErrors = new ArrayList<>();
      for (int m : members) {
        Article a = articles.get(m);
        String id = a.source();
        for (int k = 2; !taken.add(id); k++) {
          id = a.source() + "-" + k;
        }
        storyArticles.add(new Article(c.id(), id, a.file(), a.meta(), a.original(), a.clean()));
        for (ProcessingError e : notes.get(m)) {
          storyErrors.add(new ProcessingError(c.id(), id, e.what(), e.where(), e.severity()));
        }
      }
      storyArticles.sort((x, y) -> x.source().compareTo(y.source()));
      stories.add(new GroupedStory(new LoadedStory(c.id(), storyArticles, storyErrors),
          StoryGrouping.auto(c.terms(), c.cohesion())));
    }
    stories.sort((x, y) -> x.story().id().compareTo(y.story().id()));
    return new Result(stories, unassigned);
  }

  /** The file, and for an object of a JSON file its line or position, zero-padded so keys sort in file order. */
  static String key(SourceInput source) {
    int line = source instanceof SourceInput.JsonSource j ? j.line() : 0;
    return source.file() + "\u0000" + String.format(Locale.ROOT, "%010d", line);
  }
}
