package app.coachroom.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Closes the browsers a journey opened; when the test failed, saves a screenshot of each first
 * (target/screenshots/Class-method-N.png).
 */
class BrowserExtension implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    BrowserTest journey = (BrowserTest) context.getRequiredTestInstance();
    int n = 0;
    for (Browser browser : journey.opened) {
      try {
        if (context.getExecutionException().isPresent()) {
          String name =
              context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName()
                  + "-"
                  + n++
                  + ".png";
          browser.screenshot(Path.of(System.getProperty("coachroom.target"), "screenshots", name));
        }
      } finally {
        browser.close();
      }
    }
    journey.opened.clear();
  }
}
