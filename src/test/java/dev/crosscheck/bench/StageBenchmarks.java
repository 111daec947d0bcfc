package dev.crosscheck.bench;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.extract.ClaimExtractor;
import dev.crosscheck.ingest.ArticleLoader;
import dev.crosscheck.ingest.LoadedStory;
import dev.crosscheck.ingest.StoryInput;
import dev.crosscheck.model.Article;
import dev.crosscheck.model.ExtractedStory;
import dev.crosscheck.model.Report;
import dev.crosscheck.model.StoryReport;
import dev.crosscheck.nlp.AnalyzedArticle;
import dev.crosscheck.nlp.Analyzer;
import dev.crosscheck.nlp.NlpModels;
import dev.crosscheck.report.CheckReport;
import dev.crosscheck.report.HtmlReport;
import dev.crosscheck.rules.RulesSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of each stage over the evaluation corpus (src/test/resources/eval/stories: 13 ECB+
 * stories and the seeds, single-threaded), next to the floor's share of the same texts. Each
 * benchmark processes the whole corpus once, so the scores compare directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m", "-Xmx1g"})
public class StageBenchmarks {
  static final Path CORPUS = Path.of("src/test/resources/eval/stories");

  Crosscheck crosscheck;
  ArticleLoader loader;
  ClaimExtractor extractor;
  List<StoryInput> stories;
  List<Article> articles;
  List<AnalyzedArticle> analyzed;
  List<ExtractedStory> extracted;
  Report report;

  @Setup
  public void setUp() {
    crosscheck = Crosscheck.load(RulesSource.bundled());
    loader = new ArticleLoader(crosscheck.lexicons(), crosscheck.settings().ingest());
    extractor = new ClaimExtractor(crosscheck.lexicons());
    stories = crosscheck.scan(CORPUS).stories();
    articles = new ArrayList<>();
    for (StoryInput story : stories) {
      articles.addAll(loader.load(story).articles());
    }
    analyzed = analyze();
    extracted = new ArrayList<>();
    List<StoryReport> reports = new ArrayList<>();
    for (StoryInput story : stories) {
      ExtractedStory e = crosscheck.extract(story);
      extracted.add(e);
      reports.add(crosscheck.compare(e));
    }
    report = new Report(CORPUS.getFileName().toString(), "bench", reports, List.of());
  }

  /** Reading the files, decoding and boilerplate removal. */
  @Benchmark
  public List<LoadedStory> ingest() {
    List<LoadedStory> out = new ArrayList<>();
    for (StoryInput story : stories) {
      out.add(loader.load(story));
    }
    return out;
  }

  /** Sentences, tokens and part-of-speech tags of the clean texts. */
  @Benchmark
  public List<AnalyzedArticle> analyze() {
    Analyzer analyzer = Analyzer.forThisThread();
    List<AnalyzedArticle> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(analyzer.analyze(a, extractor.sentenceSpans()));
    }
    return out;
  }

  /** The floor for the same clean texts: bare OpenNLP with its beam-search tagger. */
  @Benchmark
  public long floorOfCleanTexts() {
    NlpModels models = NlpModels.shared();
    SentenceDetectorME detector = new SentenceDetectorME(models.sentences());
    TokenizerME tokenizer = new TokenizerME(models.tokenizer());
    POSTaggerME tagger = new POSTaggerME(models.pos());
    long tokens = 0;
    for (Article a : articles) {
      for (String sentence : detector.sentDetect(a.clean().text())) {
        String[] words = tokenizer.tokenize(sentence);
        tokens += tagger.tag(words).length;
      }
    }
    return tokens;
  }

  /** Typed claims from the analysed sentences. */
  @Benchmark
  public long extract() {
    long claims = 0;
    for (AnalyzedArticle a : analyzed) {
      claims += extractor.extract(a).size();
    }
    return claims;
  }

  /** Alignment and rules, story by story. */
  @Benchmark
  public long compare() {
    long findings = 0;
    for (ExtractedStory story : extracted) {
      findings += crosscheck.compare(story).findings().size();
    }
    return findings;
  }

  @Benchmark
  public void jsonReport() throws IOException {
    CheckReport.write(report, Writer.nullWriter());
  }

  @Benchmark
  public void htmlReport() throws IOException {
    HtmlReport.write(report, Writer.nullWriter());
  }
}
