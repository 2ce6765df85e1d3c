package app.coachroom.questionbank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.coachroom.questionbank.domain.DiagramImage;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.testing.TestImages;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Uploaded diagrams are judged by their bytes, never by their name (quality case S7). */
class DiagramImageTest {

  @Test
  void realImagesAreAcceptedWithTheTypeTheirContentHas() {
    byte[] png = TestImages.png();
    DiagramImage image = DiagramImage.check("shop api.png", png);
    assertEquals("image/png", image.mediaType());
    assertEquals("shop api.png", image.fileName());
    assertArrayEquals(png, image.bytes());
    assertEquals(64, image.sha256().length());

    assertEquals(
        "image/jpeg", DiagramImage.check("a.jpg", TestImages.image("jpg", 50, 40)).mediaType());
    assertEquals(
        "image/gif", DiagramImage.check("a.gif", TestImages.image("gif", 50, 40)).mediaType());
    assertEquals(
        "image/webp", DiagramImage.check("a.webp", TestImages.webpHeader(800, 600)).mediaType());
    // the name does not decide the type: a PNG named .gif is a PNG, served as one
    DiagramImage misnamed = DiagramImage.check("diagram.gif", png);
    assertEquals("image/png", misnamed.mediaType());
    assertEquals("png", misnamed.extension());
  }

  @Test
  void scriptsAndOtherContentBehindAnImageNameAreRefused() {
    assertRefused("question.diagram.type", "diagram.png", TestImages.svgWithScript());
    assertRefused("question.diagram.type", "diagram.svg", TestImages.svgWithScript());
    assertRefused("question.diagram.type", "diagram.png", TestImages.html());
    assertRefused("question.diagram.type", "diagram.png", "%PDF-1.7".getBytes());
    assertRefused("question.diagram.empty", "diagram.png", new byte[0]);
    assertRefused("question.diagram.empty", "diagram.png", null);
  }

  @Test
  void aFileThatOnlyStartsLikeAnImageIsRefused() {
    byte[] png = TestImages.png();
    assertRefused("question.diagram.unreadable", "cut.png", Arrays.copyOf(png, 20));
    byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, '<', 'h', 't', 'm', 'l', '>'};
    assertRefused("question.diagram.unreadable", "x.jpg", fakeJpeg);
    byte[] webp = TestImages.webpHeader(10, 10);
    assertRefused("question.diagram.unreadable", "x.webp", Arrays.copyOf(webp, webp.length + 5));
  }

  @Test
  void sizeInBytesAndPixelsIsLimited() {
    byte[] tooLarge = Arrays.copyOf(TestImages.png(), DiagramImage.MAX_BYTES + 1);
    assertRefused("question.diagram.tooLarge", "big.png", tooLarge);
    // a PNG whose header claims 20000 x 100 pixels (a "pixel bomb" for whoever displays it)
    byte[] wide = TestImages.image("png", 100, 100);
    wide[16] = 0;
    wide[17] = 0;
    wide[18] = (byte) (20_000 >> 8);
    wide[19] = (byte) (20_000 & 0xFF);
    assertRefused("question.diagram.dimensions", "wide.png", wide);
    assertRefused("question.diagram.dimensions", "w.webp", TestImages.webpHeader(16_000, 10));
  }

  @Test
  void originalNamesAreReducedToAHarmlessBaseName() {
    byte[] png = TestImages.png();
    assertEquals("passwd.png", DiagramImage.check("../../etc/passwd.png", png).fileName());
    assertEquals("y.png", DiagramImage.check("C:\\x\\y.png", png).fileName());
    assertEquals("script.png", DiagramImage.check("<script>alert(1)</script>.png", png).fileName());
    assertEquals(
        "img src=x onerror=alert(1).png",
        DiagramImage.check("<img src=x onerror=alert(1)>.png", png).fileName());
    assertEquals("ab.png", DiagramImage.check("a\u0000\nb.png", png).fileName());
    assertEquals("htaccess", DiagramImage.check(".htaccess", png).fileName());
    assertEquals("diagram.png", DiagramImage.check("..", png).fileName());
    assertEquals("diagram.png", DiagramImage.check(null, png).fileName());
    assertEquals(
        DiagramImage.NAME_MAX,
        DiagramImage.check("d".repeat(500) + ".png", png).fileName().length());
  }

  private static void assertRefused(String key, String name, byte[] bytes) {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> DiagramImage.check(name, bytes));
    assertEquals(key, e.messageKey());
    assertEquals("diagram", e.field());
  }
}
