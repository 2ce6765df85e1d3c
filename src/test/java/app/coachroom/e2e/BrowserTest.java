package app.coachroom.e2e;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test against a deployment on WildFly; subclasses declare the deployment. */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
abstract class BrowserTest {
  final List<Browser> opened = new ArrayList<>();

  @ArquillianResource URL app;

  /** A fresh browser (own profile, so own sessions), closed after the test. */
  Browser browser() throws IOException {
    Browser browser = new Browser(app);
    opened.add(browser);
    return browser;
  }
}
