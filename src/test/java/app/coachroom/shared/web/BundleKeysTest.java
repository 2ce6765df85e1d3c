package app.coachroom.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.coachroom.identity.Languages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the pages, services and mails name by a literal key is in the English bundle, and
 * every shipped language's bundle has exactly the English keys: a key missing anywhere fails here,
 * not in front of a person. Keys put together at run time ("role." + name) are not seen.
 */
class BundleKeysTest {
  private static final Path RESOURCES = Path.of("src/main/resources/app/coachroom");
  private static final List<Pattern> KEY_USES =
      List.of(
          // pages and their scripts' data attributes
          Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]"),
          // services and backing beans
          Pattern.compile(
              "RuleViolationException\\([^,()]*,\\s*\"([a-z][A-Za-z0-9_.]+)\"(?=\\s*[,)])"),
          Pattern.compile(
              "messages\\.(?:error|info|flashInfo|flashWarn|text)\\(\"([a-z][A-Za-z0-9_.]+)\"(?=\\s*[,)])"),
          Pattern.compile(
              "mailText\\.(?:format|link|text)\\(\"([a-z][A-Za-z0-9_.]+)\"(?=\\s*[,)])"),
          Pattern.compile("Refusal\\(\\d+,\\s*\"([a-z][A-Za-z0-9_.]+)\""),
          Pattern.compile("JsonAnswer\\.message\\(\\d+,\\s*\"([a-z][A-Za-z0-9_.]+)\""));

  @Test
  void everyKeyUsedIsInTheEnglishBundle() throws IOException {
    Set<String> english = keys(RESOURCES.resolve("messages.properties"));
    Set<String> missing = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/webapp"), Path.of("src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(BundleKeysTest::holdsTexts).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          for (Pattern use : KEY_USES) {
            Matcher m = use.matcher(text);
            while (m.find()) {
              if (!english.contains(m.group(1))) {
                missing.add(m.group(1) + " (" + file.getFileName() + ")");
              }
            }
          }
        }
      }
    }
    assertEquals(Set.of(), missing, "keys used but not in messages.properties");
  }

  @Test
  void everyShippedLanguageHasEveryKey() throws IOException {
    Set<String> english = keys(RESOURCES.resolve("messages.properties"));
    for (Locale language : Languages.SHIPPED.subList(1, Languages.SHIPPED.size())) {
      Path bundle = RESOURCES.resolve("messages_" + language.toLanguageTag() + ".properties");
      assertEquals(english, keys(bundle), bundle + " has other keys than the English bundle");
    }
    try (Stream<Path> bundles = Files.list(RESOURCES)) {
      for (Path bundle :
          bundles.filter(p -> p.getFileName().toString().startsWith("messages_")).toList()) {
        assertEquals(english, keys(bundle), bundle + " has other keys than the English bundle");
      }
    }
  }

  private static boolean holdsTexts(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".xhtml") || name.endsWith(".java");
  }

  private static Set<String> keys(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
