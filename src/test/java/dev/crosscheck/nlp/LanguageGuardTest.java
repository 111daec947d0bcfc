package dev.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.lexicon.Lexicons;
import dev.crosscheck.rules.RulesSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Articles not in English are told apart; English news, long or short, never is. */
class LanguageGuardTest {
  private static final Set<String> ENGLISH = Lexicons.load(RulesSource.bundled()).stopwords();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      fra | Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse. Selon le ministre de l'Agriculture, plus de 3 000 exploitations pourront bénéficier d'une aide d'urgence dès le mois prochain. Les syndicats agricoles jugent ces annonces insuffisantes.
      deu | Die Bundesregierung hat am Dienstag ein neues Maßnahmenpaket zur Unterstützung der Landwirte beschlossen, die unter der anhaltenden Dürre leiden. Nach Angaben des Ministeriums sollen mehr als 3.000 Betriebe bereits im kommenden Monat eine Soforthilfe erhalten.
      spa | El Gobierno anunció el martes un paquete de medidas para apoyar a los agricultores afectados por la sequía. Según el Ministerio de Agricultura, más de 3.000 explotaciones podrán recibir una ayuda de emergencia a partir del próximo mes. Los sindicatos consideran insuficientes los anuncios.
      ita | Il governo ha annunciato martedì un pacchetto di misure per sostenere gli agricoltori colpiti dalla siccità. Secondo il ministero dell'Agricoltura, più di 3.000 aziende potranno ricevere un aiuto d'emergenza a partire dal mese prossimo.
      """)
  void flagsFrenchGermanSpanishAndItalian(String language, String text) {
    assertThat(text.length()).isGreaterThan(200);
    assertThat(LanguageGuard.foreignLanguage(text)).contains(language);
    assertThat(LanguageGuard.foreignLanguage(text, ENGLISH)).contains(language);
    assertThat(LanguageGuard.stopwordShare(text, ENGLISH)).isLessThan(0.1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The government announced on Tuesday a package of measures to support farmers hit by the drought. More than 3,000 farms will receive emergency aid from next month, the ministry said.
      TOKYO (Reuters) - Japan and the United States agreed on Sunday to upgrade U.S. Forces Japan into a joint force headquarters, Defense Secretary Lloyd Austin said in Tokyo after talks with Minoru Kihara and Yoko Kamikawa.
      Bettie Page, the 1950s pinup model, died in Los Angeles at 85. Born in Nashville, Page moved to New York in 1947 and appeared in Wink and Titter. She later lived in Florida and California.
      Manchester United beat Real Madrid 3-1 at Old Trafford on Saturday. Rashford scored twice and Fernandes added a penalty; Vinicius Junior replied for Madrid in the 78th minute of the match.
      """)
  void keepsShortEnglishNews(String text) {
    assertThat(text.length()).isBetween(180, 260);
    assertThat(LanguageGuard.foreignLanguage(text)).isEmpty();
    assertThat(LanguageGuard.foreignLanguage(text, ENGLISH)).isEmpty();
  }

  @Test
  void keepsEveryEnglishArticleOfTheEvaluationStoriesWholeAndInShortPieces() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/eval/stories"))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(150);
    for (Path file : files) {
      String text = Files.readString(file);
      assertThat(LanguageGuard.foreignLanguage(text)).as(file.toString()).isEmpty();
      for (int length : new int[] {210, 300, 500}) {
        for (int from = 0; from + length <= text.length(); from += Math.max(length, text.length() / 3)) {
          String piece = text.substring(from, from + length);
          assertThat(LanguageGuard.foreignLanguage(piece)).as("%s [%d, %d)", file, from, from + length).isEmpty();
        }
      }
    }
  }

  @Test
  void shortTextsAreNotJudged() {
    assertThat(LanguageGuard.foreignLanguage("Le maire a déclaré lundi que quarante personnes étaient blessées."))
        .isEmpty();
  }
}
