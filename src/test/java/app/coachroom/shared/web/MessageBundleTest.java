package app.coachroom.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Texts with placeholders go through MessageFormat, where a lone apostrophe starts a quote and is
 * lost with what it quotes ("the bootcamp's {0}" would lose the placeholder): there it must be
 * written twice.
 */
class MessageBundleTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void textsWithPlaceholdersWriteApostrophesTwice() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        MessageBundleTest.class.getResourceAsStream("/app/coachroom/messages.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> wrong =
        bundle.stringPropertyNames().stream()
            .filter(key -> PLACEHOLDER.matcher(bundle.getProperty(key)).find())
            .filter(key -> LONE_APOSTROPHE.matcher(bundle.getProperty(key)).find())
            .sorted()
            .toList();
    assertEquals(List.of(), wrong, "texts with a lone apostrophe and a placeholder");
  }
}
