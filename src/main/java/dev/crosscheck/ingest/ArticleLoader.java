package dev.crosscheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ArticleMeta;
import dev.crosscheck.model.CleanText;
import dev.crosscheck.model.OffsetMap;
import dev.crosscheck.model.ProcessingError;
import dev.crosscheck.rules.IngestSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the articles of a story: decodes each file, parses it by format, removes boilerplate and
 * builds the clean text with its map back to the original. An article that cannot be read becomes
 * a {@link ProcessingError} and the others go on.
 */
public final class ArticleLoader {
  private final IngestSettings settings;
  private final BoilerplateFilter filter;
  private final TextArticleParser textParser;
  private final HtmlArticleParser htmlParser;

  public ArticleLoader(Lexicons lexicons, IngestSettings settings) {
    this.settings = settings;
    Timestamps timestamps = new Timestamps(lexicons.time());
    this.filter = new BoilerplateFilter(lexicons.boilerplate(), lexicons.stopwords(), settings, timestamps);
    this.textParser = new TextArticleParser(lexicons.boilerplate(), timestamps, settings.publishedCueLines());
    this.htmlParser = new HtmlArticleParser(lexicons.boilerplate().htmlRegions());
  }

  public LoadedStory load(StoryInput story) {
    List<Article> articles = new ArrayList<>();
    List<ProcessingError> errors = new ArrayList<>();
    for (SourceInput source : story.sources()) {
      List<String> notes = new ArrayList<>();
      try {
        ParsedArticle parsed = parse(story.id(), source, notes);
        articles.add(assemble(story.id(), source, parsed));
      } catch (InputProblem e) {
        errors.add(ProcessingError.error(story.id(), source.sourceId(), e.getMessage(), source.where()));
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(ProcessingError.error(story.id(), source.sourceId(),
            "cannot read this article: " + e.getClass().getSimpleName() + ": " + e.getMessage(), source.where()));
      }
      for (String note : notes) {
        errors.add(ProcessingError.note(story.id(), source.sourceId(), note, source.where()));
      }
    }
    return new LoadedStory(story.id(), articles, errors);
  }

  private ParsedArticle parse(String story, SourceInput source, List<String> notes) {
    if (source instanceof SourceInput.FileSource f) {
      return parseFile(story, f, notes);
    }
    return parseJson(story, (SourceInput.JsonSource) source, notes);
  }

  private ParsedArticle parseFile(String story, SourceInput.FileSource f, List<String> notes) {
    byte[] bytes;
    long size;
    try {
      size = Files.size(f.path());
      try (InputStream in = Files.newInputStream(f.path())) {
        bytes = in.readNBytes(settings.maxArticleBytes());
      }
    } catch (IOException e) {
      throw new InputProblem("cannot read file: " + e.getMessage());
    }
    if (bytes.length == 0) {
      throw new InputProblem("empty file");
    }
    boolean cut = size > bytes.length;
    Decoded decoded = TextDecoder.decode(bytes, cut);
    decoded.note().ifPresent(notes::add);
    String text = decoded.text();
    if (cut) {
      text = text.substring(0, ArticleCut.end(text));
      notes.add("file has " + size + " bytes, more than max_article_bytes (" + settings.maxArticleBytes()
          + "): only its first " + text.length() + " characters were read");
    }
    if (isBlank(text)) {
      throw new InputProblem("file holds only white space");
    }
    String ext = CorpusReader.extension(f.path().getFileName().toString());
    if (CorpusReader.HTML_EXTENSIONS.contains(ext)) {
      return htmlParser.parse(f.sourceId(), story, text);
    }
    return textParser.parse(f.sourceId(), story, text, notes);
  }

  private ParsedArticle parseJson(String story, SourceInput.JsonSource j, List<String> notes) {
    notes.addAll(j.notes());
    JsonNode node = j.node();
    String textField = JsonFields.firstPresent(node, JsonFields.TEXT);
    if (textField == null) {
      throw new InputProblem("no article text: none of the fields " + String.join(", ", JsonFields.TEXT));
    }
    JsonNode textNode = node.get(textField);
    if (!textNode.isTextual()) {
      throw new InputProblem("field '" + textField + "' is " + JsonFields.typeName(textNode) + ", not a string");
    }
    String text = textNode.asText();
    if (isBlank(text)) {
      throw new InputProblem("empty article text");
    }
    for (String[] field : List.of(JsonFields.TITLE, JsonFields.PUBLISHED, JsonFields.OUTLET, JsonFields.URL)) {
      JsonNode v = JsonFields.first(node, field);
      if (v != null && !v.isValueNode() && !(v.isObject() && v.path("name").isTextual())) {
        notes.add("field '" + field[0] + "' is not a plain value: ignored");
      }
    }
    ArticleMeta meta = JsonFields.meta(node);
    if (!meta.published().isEmpty() && meta.publishedDate() == null) {
      notes.add("publication date '" + meta.published() + "' not understood: ignored");
    }
    return new ParsedArticle(j.sourceId(), story, meta, text, TextBlocks.split(text, 0, text.length()));
  }

  /** Nothing but white space, no-break spaces and byte order marks. */
  private static boolean isBlank(String text) {
    return text.chars().allMatch(c -> TextBlocks.isSpace((char) c));
  }

  private Article assemble(String story, SourceInput source, ParsedArticle parsed) {
    List<Block> kept = filter.keep(parsed.blocks());
    if (kept.isEmpty()) {
      throw new InputProblem("no article text found (only boilerplate or fragments)");
    }
    ArticleMeta meta = parsed.meta();
    if (meta.title().isEmpty()) {
      meta = meta.withTitle(firstHeading(kept));
    }
    return new Article(story, source.sourceId(), source.file(), meta, parsed.original(), clean(kept));
  }

  private String firstHeading(List<Block> kept) {
    Block first = kept.get(0);
    boolean heading = first.heading() || !SENTENCE_END.matcher(first.text()).find();
    return heading && first.text().length() <= 300 ? first.text().strip() : "";
  }

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)]*\\s*$");

  static CleanText clean(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    OffsetMap.Builder map = new OffsetMap.Builder();
    List<CleanText.TextRange> paragraphs = new ArrayList<>();
    for (Block b : blocks) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      int at = start;
      for (Block.Piece piece : b.pieces()) {
        map.add(at, piece.cleanLength(), piece.originalStart(), piece.originalLength());
        at += piece.cleanLength();
      }
      text.append(b.text());
      paragraphs.add(new CleanText.TextRange(start, text.length()));
    }
    return new CleanText(text.toString(), map.build(), paragraphs);
  }
}
