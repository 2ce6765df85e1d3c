package app.coachroom.shared.web;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as coaches write it, to HTML safe to put in a page: CommonMark (with tables) renders it,
 * then an allow-list sanitiser keeps only text formatting, lists, tables, code, images and
 * http(s)/mailto links. Scripts, event handlers, styles, frames, forms and other URL schemes are
 * dropped, whether written as HTML or as Markdown.
 */
public final class Markdown {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "ul",
              "ol",
              "li",
              "strong",
              "em",
              "b",
              "i",
              "del",
              "code",
              "pre",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img")
          .allowStandardUrlProtocols()
          .allowAttributes("href", "title")
          .onElements("a")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowAttributes("class")
          .matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,30}"))
          .onElements("code")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("ol")
          .toFactory();

  private Markdown() {}

  /** Safe HTML for the Markdown text; empty for null. */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }
}
