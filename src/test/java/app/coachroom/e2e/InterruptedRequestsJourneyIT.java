package app.coachroom.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * R4: student.demo's session ends mid-answer, and the page saves what was typed once the student
 * has signed in again in another tab. Then the network drops the student's requests halfway, for
 * real, on a bare socket in the student's signed-in session: an autosave and a recording chunk cut
 * mid-body store nothing of themselves; an autosave, a chunk, the take's finish and the hand-in
 * whose answer was lost did their work once, and sending them again changes nothing. The recording
 * plays back byte for byte and the attempt is handed in once with the last answer.
 */
class InterruptedRequestsJourneyIT extends Journey {
  private static final Map<String, String> JSON =
      RawHttp.headers("Content-Type", "application/json", "X-Coachroom-Attempt", "1");
  private static final Map<String, String> OCTETS =
      RawHttp.headers("Content-Type", "application/octet-stream", "X-Coachroom-Attempt", "1");

  @Test
  void requestsCutOnTheWayLoseNothingAndCountOnce() throws Exception {
    Browser student = openPractice(browser());
    String attempt = begin(student);
    inAttempt(
        student,
        attempt,
        () -> {
          signedOutMidAnswer(student);
          cutRequests(student, attempt);
        });
  }

  /**
   * The session ends mid-answer (its cookie gone): the page keeps what was typed and sends nothing
   * more until the student has signed in again in another tab; then it is saved.
   */
  private static void signedOutMidAnswer(Browser student) {
    student.find("#next").click();
    student.waitForText("Question 2 of 5");
    student.find("#start-answering").click();
    student.find("#answer-text").sendKeys("Before.");
    student.wait(15).until(d -> student.find("#save-status").getText().startsWith("Saved at"));
    student.driver().manage().deleteCookieNamed("JSESSIONID");
    student.find("#answer-text").sendKeys(" After.");
    student.find("#signed-out");
    assertTrue(
        student.find("#save-status").getText().startsWith("Not saved: you are signed out"),
        student.find("#save-status").getText());
    String tab = student.driver().getWindowHandle();
    student.find("#sign-in-again").click();
    student.wait(15).until(d -> d.getWindowHandles().size() == 2);
    student.driver().getWindowHandles().stream()
        .filter(h -> !h.equals(tab))
        .forEach(h -> student.driver().switchTo().window(h));
    // Keycloak's own session signs the new tab in at once
    student.wait(30).until(d -> student.text().contains("Sam Student"));
    student.driver().close();
    student.driver().switchTo().window(tab);
    // coming back to the tab may have resumed already; else the student says so
    student.all("#signed-in-again").stream()
        .filter(WebElement::isDisplayed)
        .forEach(WebElement::click);
    student.wait(15).until(d -> student.find("#save-status").getText().startsWith("Saved at"));
    assertTrue(student.all("#signed-out").stream().noneMatch(WebElement::isDisplayed));
    student.driver().navigate().refresh();
    student
        .wait(10)
        .until(d -> "Before. After.".equals(student.find("#answer-text").getAttribute("value")));
    student.find("#next").click();
    student.waitForText("Question 3 of 5");
  }

  private static void cutRequests(Browser student, String attempt) throws Exception {
    // the page's own requests stay out of the way: the test is the page now
    student.open("");
    RawHttp http = new RawHttp(student);
    String api = "/coachroom/attempt/api/" + attempt + "/";
    assertEquals("ANSWERING", clock(http, api).getString("phase"));
    refusesWhatThePageNeverSends(http, attempt, api);

    // an autosave cut halfway stores nothing: the next save, based on nothing saved, is taken
    byte[] half = json("{\"basedOn\":0,\"text\":\"" + "half of it ".repeat(500) + "\"}");
    http.dropMidBody("POST", api + "answers/2", JSON, half, half.length / 2);
    JsonObject saved = post(http, api + "answers/2", "{\"basedOn\":0,\"text\":\"Whole.\"}");
    assertEquals("SAVED", saved.getString("outcome"), saved.toString());
    assertEquals(1, saved.getInt("revision"));

    // an autosave whose answer was lost: the page sends it again unchanged; it counts once
    String more = "{\"basedOn\":1,\"text\":\"Whole, and more.\"}";
    assertEquals(200, http.dropAnswer("POST", api + "answers/2", JSON, json(more)));
    JsonObject again = post(http, api + "answers/2", more);
    assertEquals("SAVED", again.getString("outcome"), "no false conflict: " + again);
    assertEquals(2, again.getInt("revision"));

    // to the spoken question (position 4), recorded in three chunks
    post(http, api + "next/2", "{}");
    post(http, api + "next/3", "{}");
    assertEquals("ANSWERING", post(http, api + "answering/4", "{}").getString("phase"));
    String rec = api + "recordings/4/";
    int take =
        post(http, rec + "begin", "{\"mediaType\":\"audio/webm;codecs=opus\"}").getInt("take");
    byte[] c0 = media(true, 3_000, 1);
    byte[] c1 = media(false, 40_000, 2);
    byte[] c2 = media(false, 20_000, 3);
    String chunks = rec + "chunks/" + take + "/";
    assertEquals(3_000, chunk(http, chunks + 0, c0).getInt("bytes"));

    // a chunk cut halfway is not stored: finishing with two chunks is refused as incomplete
    http.dropMidBody("POST", chunks + 1, OCTETS, c1, 10_000);
    RawHttp.Response early = http.exchange("POST", rec + "finish", JSON, finish(take, 2));
    assertEquals(400, early.status(), early.text());
    assertTrue(early.text().contains("have not arrived"), early.text());

    // a chunk whose answer was lost was stored; sent again it counts once
    assertEquals(200, http.dropAnswer("POST", chunks + 1, OCTETS, c1));
    assertEquals(43_000, chunk(http, chunks + 1, c1).getInt("bytes"));
    assertEquals(63_000, chunk(http, chunks + 2, c2).getInt("bytes"));

    // the finish whose answer was lost made the answer; finishing again is the same answer
    assertEquals(200, http.dropAnswer("POST", rec + "finish", JSON, finish(take, 3)));
    JsonObject finished = read(http.exchange("POST", rec + "finish", JSON, finish(take, 3)));
    assertEquals("SAVED", finished.getString("outcome"), finished.toString());
    RawHttp.Response played =
        http.exchange(
            "GET", "/coachroom/attempt/recording/" + attempt + "/4", Map.of(), new byte[0]);
    assertEquals(200, played.status());
    assertArrayEquals(concat(c0, c1, c2), played.body(), "the recording plays byte for byte");

    // the hand-in: the form, cut halfway, hands in nothing
    assertEquals("REVIEWING", post(http, api + "next/4", "{}").getString("phase"));
    student.open("attempt/review.xhtml?attempt=" + attempt);
    student.waitForText("Whole, and more.");
    byte[] handIn = handInForm(student);
    String review = "/coachroom/attempt/review.xhtml?attempt=" + attempt;
    Map<String, String> form = RawHttp.headers("Content-Type", "application/x-www-form-urlencoded");
    http.dropMidBody("POST", review, form, handIn, handIn.length - 40);
    assertEquals("REVIEWING", clock(http, api).getString("phase"));

    // the hand-in whose answer was lost handed in; sending it again changes nothing
    int status = http.dropAnswer("POST", review, form, handIn);
    assertTrue(status == 302 || status == 303 || status == 200, "hand-in answered " + status);
    assertEquals("SUBMITTED", clock(http, api).getString("phase"));
    student.open("attempt/attempt.xhtml?attempt=" + attempt);
    student.waitForText("Whole, and more.");
    String handedIn = student.find("#attempt-details").getText();
    RawHttp.Response repeated = http.exchange("POST", review, form, handIn);
    assertTrue(repeated.status() < 500, "a repeated hand-in answered " + repeated.status());
    student.open("attempt/attempt.xhtml?attempt=" + attempt);
    student.waitForText("Whole, and more.");
    assertEquals(handedIn, student.find("#attempt-details").getText(), "handed in once");
    assertEquals(1, student.all("audio.answer-recording").size(), "the recording is the answer");
  }

  /**
   * The edge's contract for requests the page never sends, each refused with its status and a
   * message, storing nothing (the next save, based on nothing saved, is still taken).
   */
  private static void refusesWhatThePageNeverSends(RawHttp http, String attempt, String api)
      throws Exception {
    String save = api + "answers/2";
    byte[] answer = json("{\"basedOn\":0,\"text\":\"Forged.\"}");
    Map<String, String> noHeader = RawHttp.headers("Content-Type", "application/json");
    Map<String, String> form =
        RawHttp.headers(
            "Content-Type", "application/x-www-form-urlencoded", "X-Coachroom-Attempt", "1");
    assertRefused(403, http.exchange("POST", save, noHeader, answer), "a cross-site form");
    assertRefused(403, http.exchange("POST", save, form, answer), "not JSON");
    assertRefused(400, http.exchange("POST", save, JSON, json("{not json")), "bad JSON");
    assertRefused(400, http.exchange("POST", save, JSON, json("{\"basedOn\":0}")), "no answer");
    // one byte over the limit, all of it read by the server (no unread rest to reset the socket)
    String shell = "{\"basedOn\":0,\"text\":\"\"}";
    byte[] huge =
        json(shell.replace("\"\"}", "\"" + "x".repeat(1_000_001 - shell.length()) + "\"}"));
    assertRefused(413, http.exchange("POST", save, JSON, huge), "too large");
    assertRefused(404, http.exchange("POST", api + "answers/two", JSON, answer), "no position");
    assertRefused(404, http.exchange("POST", api + "erase/2", JSON, answer), "no such action");
    assertRefused(404, http.exchange("GET", save, Map.of(), new byte[0]), "GET of a POST route");
    assertRefused(404, http.exchange("GET", api + "time", Map.of(), new byte[0]), "no such GET");
    String stranger = "/coachroom/attempt/api/00000000-0000-4000-8000-000000000000/clock";
    assertRefused(404, http.exchange("GET", stranger, Map.of(), new byte[0]), "no such attempt");
    assertEquals(405, http.exchange("PUT", save, JSON, answer).status(), "PUT");
    RawHttp.Response noRecording =
        http.exchange(
            "GET", "/coachroom/attempt/recording/" + attempt + "/2", Map.of(), new byte[0]);
    assertEquals(404, noRecording.status(), "a question without a recording");
    RawHttp.Response noLogo =
        http.exchange("GET", "/coachroom/tenancy/logo", Map.of(), new byte[0]);
    assertEquals(404, noLogo.status(), "a bootcamp without a logo");
  }

  private static void assertRefused(int status, RawHttp.Response response, String what) {
    assertEquals(status, response.status(), what + ": " + response.text());
    String message = read(response).getString("message", "");
    assertFalse(message.isBlank(), what + " says why: " + response.text());
  }

  /** The review form as the browser would send it, with the hand-in button first. */
  private static byte[] handInForm(Browser student) {
    String fields =
        (String)
            ((JavascriptExecutor) student.driver())
                .executeScript(
                    "var form = document.getElementById('review');"
                        + "return Array.from(form.querySelectorAll('input[name]'))"
                        + ".map(function (i) { return encodeURIComponent(i.name) + '='"
                        + " + encodeURIComponent(i.value); }).join('&');");
    return ("review%3Asubmit=&" + fields).getBytes(StandardCharsets.US_ASCII);
  }

  private static JsonObject post(RawHttp http, String path, String body) throws Exception {
    RawHttp.Response response = http.exchange("POST", path, JSON, json(body));
    assertEquals(200, response.status(), path + " answered " + response.text());
    return read(response);
  }

  private static JsonObject chunk(RawHttp http, String path, byte[] data) throws Exception {
    RawHttp.Response response = http.exchange("POST", path, OCTETS, data);
    assertEquals(200, response.status(), path + " answered " + response.text());
    return read(response);
  }

  private static JsonObject clock(RawHttp http, String api) throws Exception {
    RawHttp.Response response = http.exchange("GET", api + "clock", Map.of(), new byte[0]);
    assertEquals(200, response.status(), response.text());
    return read(response);
  }

  private static JsonObject read(RawHttp.Response response) {
    try (var reader = Json.createReader(new StringReader(response.text()))) {
      return reader.readObject();
    }
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] finish(int take, int chunks) {
    return json("{\"take\":" + take + ",\"chunks\":" + chunks + "}");
  }

  /** Bytes of a recording: the first chunk starts like WebM. */
  private static byte[] media(boolean first, int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    if (first) {
      byte[] webm = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
      System.arraycopy(webm, 0, bytes, 0, webm.length);
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Arrays.stream(parts).forEach(out::writeBytes);
    return out.toByteArray();
  }
}
