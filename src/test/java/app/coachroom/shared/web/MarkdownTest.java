package app.coachroom.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lesson Markdown renders what coaches format and neutralises every injection in the list. */
class MarkdownTest {

  /** Script and event-handler injection, as HTML and as Markdown, plainly and obfuscated. */
  static List<String> payloads() {
    return List.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" ONERROR=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](<javascript:alert(1)>)",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "![x](x\"onerror=\"alert(1))",
        "<javascript:alert(1)>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<input autofocus onfocus=alert(1)>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>alert(1);//<</script>",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "`<img src=x onerror=alert(1)>`",
        "<code class=\"x\" onclick=\"alert(1)\">c</code>",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |");
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void injectionIsNeutralised(String payload) {
    String html = Markdown.toSafeHtml(payload).toLowerCase(Locale.ROOT);
    for (String forbidden :
        List.of(
            "<script",
            "<svg",
            "<iframe",
            "<object",
            "<embed",
            "<style",
            "<form",
            "<input",
            "<meta",
            "<base",
            "<link",
            "<body",
            "<math",
            "<details",
            "javascript:",
            "vbscript:",
            "data:",
            "style=",
            " on")) {
      // " on" catches any event-handler attribute (onerror=, onload=, ...) inside a tag
      assertFalse(
          tagsOnly(html).contains(forbidden), () -> "'" + forbidden + "' survives in " + html);
    }
  }

  @Test
  void formattingSurvives() {
    String html =
        Markdown.toSafeHtml(
            "# Title\n\nSome **bold**, *em* and `code`.\n\n- one\n- two\n\n3. three\n\n"
                + "> quoted\n\n```java\nint x = 1;\n```\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n"
                + "[docs](https://example.org/x?a=1&b=2) and ![diagram](https://example.org/d.png)");
    assertTrue(html.contains("<h1>Title</h1>"), html);
    assertTrue(html.contains("<strong>bold</strong>"), html);
    assertTrue(html.contains("<em>em</em>"), html);
    assertTrue(html.contains("<code>code</code>"), html);
    assertTrue(html.contains("<li>one</li>"), html);
    assertTrue(html.contains("<ol start=\"3\">"), html);
    assertTrue(html.contains("<blockquote>"), html);
    assertTrue(html.contains("<pre><code class=\"language-java\">int x &#61; 1;"), html);
    assertTrue(html.contains("<th align=\"left\">a</th>"), html);
    assertTrue(
        html.contains(
            "<a href=\"https://example.org/x?a&#61;1&amp;b&#61;2\" rel=\"nofollow noopener noreferrer\">docs</a>"),
        html);
    assertTrue(html.contains("<img src=\"https://example.org/d.png\" alt=\"diagram\" />"), html);
  }

  @Test
  void codeIsShownAsTextNotMarkup() {
    assertEquals(
        "<pre><code>&lt;b&gt;not bold&lt;/b&gt;\n</code></pre>",
        Markdown.toSafeHtml("    <b>not bold</b>").strip());
  }

  @Test
  void htmlTypedIntoMarkdownIsShownAsText() {
    assertEquals(
        "<p>a &lt;b&gt;tag&lt;/b&gt; stays text</p>",
        Markdown.toSafeHtml("a <b>tag</b> stays text").strip());
  }

  @Test
  void nothingGivesNothing() {
    assertEquals("", Markdown.toSafeHtml(null));
    assertEquals("", Markdown.toSafeHtml("  \n"));
  }

  /** The HTML with text between tags removed, so a payload shown as text does not count. */
  private static String tagsOnly(String html) {
    StringBuilder tags = new StringBuilder();
    boolean inTag = false;
    for (char c : html.toCharArray()) {
      if (c == '<') {
        inTag = true;
      }
      if (inTag) {
        tags.append(c);
      }
      if (c == '>') {
        inTag = false;
        tags.append(' ');
      }
    }
    return tags.toString();
  }
}
