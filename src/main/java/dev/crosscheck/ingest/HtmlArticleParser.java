package dev.crosscheck.ingest;

import dev.crosscheck.model.ArticleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page with jsoup: the article body's paragraphs (inside {@code <article>} or
 * {@code <main>} when the page has one), never scripts, navigation, forms, asides or elements whose
 * class or id names a boilerplate region. Every block keeps the source positions of its text, entity
 * by entity, so offsets point into the HTML file.
 */
final class HtmlArticleParser {
  private static final Set<String> SKIPPED_TAGS = Set.of(
      "script", "style", "noscript", "iframe", "nav", "aside", "footer", "form", "button", "select",
      "option", "svg", "template", "object", "embed", "canvas", "video", "audio", "head", "menu", "dialog");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
      "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figcaption", "figure", "address",
      "hr", "br", "body", "center", "details", "summary");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};?)");

  private final Pattern skipClass;

  /** {@code skipClassPattern} matches class or id values of boilerplate regions ("share", "comment"). */
  HtmlArticleParser(Pattern skipClassPattern) {
    this.skipClass = skipClassPattern;
  }

  ParsedArticle parse(String sourceId, String story, String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    ArticleMeta meta = meta(doc);
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    BlockCollector collector = new BlockCollector(html);
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !isInside(h1, root)) {
      collector.walk(h1, false);
      collector.flush();
    }
    collector.walk(root, false);
    collector.flush();
    return new ParsedArticle(sourceId, story, meta, html, collector.blocks);
  }

  private static boolean isInside(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private ArticleMeta meta(Document doc) {
    String title = firstNonEmpty(metaContent(doc, "og:title"), doc.title());
    String outlet = firstNonEmpty(metaContent(doc, "og:site_name"), metaContent(doc, "publisher"));
    String url = firstNonEmpty(metaContent(doc, "og:url"), attr(doc, "link[rel=canonical]", "href"));
    String published = firstNonEmpty(metaContent(doc, "article:published_time"), metaContent(doc, "date"),
        metaContent(doc, "pubdate"), metaContent(doc, "datePublished"), attr(doc, "time[datetime]", "datetime"));
    return new ArticleMeta(title, outlet, url, published, Dates.parseDay(published).orElse(null));
  }

  private static String metaContent(Document doc, String name) {
    for (Element m : doc.select("meta")) {
      if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
          || name.equalsIgnoreCase(m.attr("itemprop"))) {
        return m.attr("content");
      }
    }
    return "";
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? "" : e.attr(attr);
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  private boolean skipped(Element e) {
    String tag = e.normalName();
    if (SKIPPED_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
        || role.equals("contentinfo")) {
      return true;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return !names.isBlank() && !tag.equals("body") && !tag.equals("article") && skipClass.matcher(names).find();
  }

  /** Walks elements in document order and cuts their text into blocks at block-level tags. */
  private final class BlockCollector {
    private final String html;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Block.Piece> pieces = new ArrayList<>();
    private int linkChars;
    private boolean heading;
    private boolean pendingSpace;
    private int pendingSpaceStart = -1;
    private int lastEnd = -1;

    BlockCollector(String html) {
      this.html = html;
    }

    void walk(Node node, boolean inLink) {
      for (Node child : node.childNodes()) {
        if (child instanceof TextNode t) {
          addText(t, inLink);
        } else if (child instanceof Element e) {
          if (skipped(e)) {
            continue;
          }
          String tag = e.normalName();
          boolean block = BLOCK_TAGS.contains(tag);
          if (block) {
            flush();
          }
          boolean isHeading = HEADINGS.contains(tag);
          if (isHeading) {
            heading = true;
          }
          walk(e, inLink || tag.equals("a"));
          if (block) {
            flush();
          } else {
            space();
          }
        }
      }
    }

    private void space() {
      if (text.length() > 0) {
        pendingSpace = true;
      }
    }

    private void addText(TextNode node, boolean inLink) {
      if (!node.sourceRange().isTracked()) {
        return;
      }
      int start = node.sourceRange().startPos();
      int end = node.sourceRange().endPos();
      int i = start;
      while (i < end) {
        char c = html.charAt(i);
        if (TextBlocks.isSpace(c)) {
          if (text.length() > 0 && !pendingSpace) {
            pendingSpace = true;
            pendingSpaceStart = i;
          }
          i++;
          continue;
        }
        String decoded;
        int rawLength;
        var m = c == '&' ? ENTITY.matcher(html).region(i, end) : null;
        if (m != null && m.lookingAt()) {
          decoded = Parser.unescapeEntities(m.group(), false);
          rawLength = m.end() - i;
          if (decoded.isBlank()) {
            if (text.length() > 0 && !pendingSpace) {
              pendingSpace = true;
              pendingSpaceStart = i;
            }
            i += rawLength;
            continue;
          }
        } else {
          decoded = String.valueOf(c);
          rawLength = 1;
        }
        if (pendingSpace) {
          int spaceStart = pendingSpaceStart >= 0 ? pendingSpaceStart : lastEnd;
          text.append(' ');
          pieces.add(new Block.Piece(1, Math.max(spaceStart, lastEnd), Math.max(0, i - Math.max(spaceStart, lastEnd))));
          pendingSpace = false;
          pendingSpaceStart = -1;
        }
        text.append(decoded);
        pieces.add(new Block.Piece(decoded.length(), i, rawLength));
        if (inLink) {
          linkChars += decoded.length();
        }
        i += rawLength;
        lastEnd = i;
      }
    }

    void flush() {
      if (text.length() > 0) {
        double density = (double) linkChars / text.length();
        blocks.add(new Block(text.toString(), pieces, heading, density));
      }
      text.setLength(0);
      pieces.clear();
      linkChars = 0;
      heading = false;
      pendingSpace = false;
      pendingSpaceStart = -1;
    }
  }
}
