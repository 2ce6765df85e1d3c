package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page the WAR serves is in the page sweep's list, and nothing else is. */
class SweptPagesTest {

  @Test
  void everyPageIsListedOnce() throws IOException {
    Path webapp = Path.of("src/main/webapp");
    Set<String> pages;
    try (Stream<Path> files = Files.walk(webapp)) {
      pages =
          files
              .map(webapp::relativize)
              .map(Path::toString)
              .filter(p -> p.endsWith(".xhtml"))
              .filter(p -> !p.startsWith("WEB-INF") && !p.startsWith("resources"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        Arrays.stream(SweptPage.values())
            .map(p -> p.path)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(pages, listed);
  }
}
