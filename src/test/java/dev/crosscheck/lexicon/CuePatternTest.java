package dev.crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuePatternTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      \\bsign up (for|to)\\b ; sign up
      \\bnewsletters?\\b ; newsletter
      \\bdonations?\\b.*\\b(us|our)\\b ; donation
      \\b(our|your) readers\\b ; ""
      \\bad ?blocker\\b ; ""
      \\blog ?in to\\b ; log
      subscribe|donate ; ""
      \\bclick (here|the link)\\b ; click
      """)
  void leadingLiteralIsWhatEveryMatchStartsWith(String regex, String literal) {
    assertThat(CuePattern.leadingLiteral(regex)).isEqualTo(literal);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      \\bsign up (for|to)\\b ; SIGN UP FOR our daily briefing ; true
      \\bsign up (for|to)\\b ; Sign-up for it ; false
      \\bnewsletters?\\b ; Our Newsletters ; true
      \\b(our|your) readers\\b ; thanks to our readers ; true
      """)
  void findsAsThePatternDoes(String regex, String text, boolean found) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(CuePattern.of(p).find(text, text.toLowerCase(Locale.ROOT))).isEqualTo(found);
    assertThat(p.matcher(text).find()).isEqualTo(found);
  }
}
