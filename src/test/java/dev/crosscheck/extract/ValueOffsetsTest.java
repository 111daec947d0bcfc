package dev.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.TestCorpus;
import dev.crosscheck.model.Claim;
import dev.crosscheck.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim's value offsets give its value as written: {@code original.substring(valueStart, valueEnd)}
 * equals {@code value().text()}. Cases found by PipelinePropertyTest.
 */
class ValueOffsetsTest {
  private static Claim only(String text, ValueType type) {
    List<Claim> claims = TestCorpus.claims(text).stream().filter(c -> c.type() == type).toList();
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  private static String at(String text, Claim c) {
    return text.substring(c.valueStart(), c.valueEnd());
  }

  @Test
  void quoteOpeningInsideAWord() {
    String text = "The model (a\u201Cs well as her sister) died yesterday in Los Angeles at the age of 85.\n";
    Claim q = only(text, ValueType.QUOTE);
    assertThat(at(text, q)).isEqualTo(q.value().text());
  }

  @Test
  void quoteEndingInAQuestionMark() {
    String text = "\u201CBut honestly, who could take any of this seriously?\u201D the lawyer said on Monday.\n";
    Claim q = only(text, ValueType.QUOTE);
    assertThat(at(text, q)).isEqualTo(q.value().text());
  }

  @Test
  void hyphenatedTitle() {
    String text = "In British Columbia, Attorney-General Wally Oppal has focused his attention mainly on the "
        + "Criminal Code offence of polygamy.\n";
    Claim role = only(text, ValueType.ROLE);
    assertThat(role.value().text()).isEqualTo("Attorney-General Wally Oppal");
    assertThat(at(text, role)).isEqualTo(role.value().text());
  }
}
