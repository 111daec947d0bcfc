package dev.crosscheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.util.HtmlEscaper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HtmlEscapeTest {
  @Test
  void everyCharacterIsEscapedAsMustacheEscapesIt() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      assertThat(escape(one)).as("U+%04X", c).isEqualTo(mustache(one));
      all.append((char) c);
    }
    assertThat(escape(all.toString())).isEqualTo(mustache(all.toString()));
  }

  @Test
  void markupAndEntitiesBecomeText() {
    String hostile = "<script>alert(1)</script> &amp; \"x\" onclick='y' `z` a=b\u0000";
    assertThat(escape(hostile)).isEqualTo(mustache(hostile))
        .doesNotContain("<", ">", "\"", "'", "`", "=", "\u0000")
        .startsWith("&lt;script&gt;");
  }

  private static String escape(String s) {
    StringWriter w = new StringWriter();
    HtmlEscape.escape(s, w);
    return w.toString();
  }

  private static String mustache(String s) {
    StringWriter w = new StringWriter();
    HtmlEscaper.escape(s, w);
    return w.toString();
  }
}
