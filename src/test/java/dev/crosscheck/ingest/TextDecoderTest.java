package dev.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void utf8AndItsByteOrderMark() {
    assertThat(TextDecoder.decode(utf8("caf\u00E9 \u20AC 5 \uD83D\uDE00")).text()).isEqualTo("caf\u00E9 \u20AC 5 \uD83D\uDE00");
    assertThat(TextDecoder.decode(utf8("\uFEFFcaf\u00E9")).text()).isEqualTo("caf\u00E9");
    assertThat(TextDecoder.decode(utf8("caf\u00E9")).note()).isEmpty();
  }

  @Test
  void windows1252WhenNotUtf8() {
    Decoded d = TextDecoder.decode("\u201Ccaf\u00E9\u201D".getBytes(Charset.forName("windows-1252")));
    assertThat(d.text()).isEqualTo("\u201Ccaf\u00E9\u201D");
    assertThat(d.note()).contains("not valid UTF-8: read as Windows-1252");
  }

  @Test
  void utf16WithAByteOrderMark() {
    byte[] le = "\uFEFFThe mayor said 40.".getBytes(StandardCharsets.UTF_16LE);
    byte[] be = "\uFEFFThe mayor said 40.".getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.decode(le).text()).isEqualTo("The mayor said 40.");
    assertThat(TextDecoder.decode(be).text()).isEqualTo("The mayor said 40.");
    assertThat(TextDecoder.decode(Arrays.copyOf(le, le.length - 1), true).text()).isEqualTo("The mayor said 40");
  }

  @Test
  void aCutThroughACharacterLeavesItOutInsteadOfGuessingAnotherEncoding() {
    String text = "Le caf\u00E9 co\u00FBte 5 \u20AC \uD83D\uDE00";
    byte[] bytes = utf8(text);
    for (int cut = 1; cut <= bytes.length; cut++) {
      Decoded d = TextDecoder.decode(Arrays.copyOf(bytes, cut), true);
      assertThat(d.note()).as("cut at %d", cut).isEmpty();
      assertThat(text).as("cut at %d", cut).startsWith(d.text());
      assertThat(d.text()).doesNotContain("\uFFFD");
    }
    Decoded bom = TextDecoder.decode(Arrays.copyOf(utf8("\uFEFFcaf\u00E9"), 7), true);
    assertThat(bom.text()).isEqualTo("caf");
  }

  @Test
  void completeUtf8Length() {
    assertThat(TextDecoder.completeUtf8Length(utf8("abc"))).isEqualTo(3);
    assertThat(TextDecoder.completeUtf8Length(Arrays.copyOf(utf8("a\u00E9"), 2))).isEqualTo(1);
    assertThat(TextDecoder.completeUtf8Length(utf8("a\u00E9"))).isEqualTo(3);
    assertThat(TextDecoder.completeUtf8Length(Arrays.copyOf(utf8("a\u20AC"), 3))).isEqualTo(1);
    assertThat(TextDecoder.completeUtf8Length(Arrays.copyOf(utf8("a\uD83D\uDE00"), 4))).isEqualTo(1);
    assertThat(TextDecoder.completeUtf8Length(utf8("a\uD83D\uDE00"))).isEqualTo(5);
    assertThat(TextDecoder.completeUtf8Length(new byte[0])).isZero();
  }

  @Test
  void binaryDataIsRefused() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'a', 0, 'b'})).isInstanceOf(InputProblem.class)
        .hasMessage("binary data, not text");
    byte[] controls = new byte[100];
    Arrays.fill(controls, (byte) 0x01);
    assertThatThrownBy(() -> TextDecoder.decode(controls)).isInstanceOf(InputProblem.class);
  }

  @Test
  void textInAnyScriptIsNotGarbled() {
    assertThat(TextDecoder.looksGarbled("Tokyo \u6771\u4EAC, \u041C\u043E\u0441\u043A\u0432\u0430, "
        + "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \uD83D\uDE00\tline\r\n")).isFalse();
    assertThat(TextDecoder.looksGarbled("\uE000\uE001\uE002 private use")).isTrue();
    assertThat(TextDecoder.looksGarbled("\uD800 broken")).isTrue();
  }
}
