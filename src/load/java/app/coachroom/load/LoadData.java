package app.coachroom.load;

import app.coachroom.devstack.Database;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The load test's data: the students who sit the interview, as Keycloak users (members of the demo
 * bootcamp's organization) and as the app's members on the demo cohort's roster, plus background
 * volume so the queries run against tables of a realistic size (other bootcamps with cohorts and
 * students, and past interviews the load students have handed in).
 *
 * <p>The app's rows are written with SQL into the load run's own fresh database; the Keycloak users
 * go through Keycloak's admin API and are removed again by {@link #removeUsers()}.
 */
final class LoadData {
  static final String DEMO_TENANT = "10000000-0000-4000-8000-000000000001";
  static final String DEMO_COHORT = "30000000-0000-4000-8000-000000000001";
  static final String PASSWORD = "coachroom";
  private static final String KEYCLOAK = "http://127.0.0.1:8180";
  private static final String USER_PREFIX = "load.student.";

  private final Database database;
  private final HttpClient http = HttpClient.newHttpClient();
  private String token;
  private long tokenTakenNanos;

  LoadData(Database database) {
    this.database = database;
  }

  /** The n-th load student's username (1-based). */
  /** The ID of load student {@code n}'s attempt at past interview {@code k}. */
  static String pastAttempt(int k, int n) {
    return String.format("6f%06d-0000-4000-8000-%012d", k, n);
  }

  static String username(int n) {
    return USER_PREFIX + String.format("%04d", n);
  }

  /** A fixed Keycloak user ID (the token's subject) for the n-th load student. */
  static String subject(int n) {
    return String.format("b0000000-0000-4000-8000-%012d", n);
  }

  /** The practice interview the demo data assigns to the demo cohort. */
  String practiceAssignment() throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select id from assignment where tenant_id = ? and cohort_id = ?"
                    + " and kind = 'INTERVIEW' and title like 'Practice interview%'")) {
      ps.setString(1, DEMO_TENANT);
      ps.setString(2, DEMO_COHORT);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("The demo practice interview is not assigned");
        }
        return rs.getString(1);
      }
    }
  }

  /** Keycloak users (password {@value #PASSWORD}) in the demo organization. */
  void createUsers(int students) throws IOException, InterruptedException {
    removeUsers();
    // in batches: Keycloak hashes every password, and the admin token lives a minute
    for (int first = 1; first <= students; first += 50) {
      JsonArrayBuilder users = Json.createArrayBuilder();
      for (int n = first; n < first + 50 && n <= students; n++) {
        users.add(user(n));
      }
      JsonObject importBody =
          Json.createObjectBuilder()
              .add("ifResourceExists", "OVERWRITE")
              .add("users", users)
              .build();
      send(
          "POST",
          "/admin/realms/coachroom/partialImport",
          "application/json",
          importBody.toString());
    }
    String organization = demoOrganization();
    for (int n = 1; n <= students; n++) {
      send(
          "POST",
          "/admin/realms/coachroom/organizations/" + organization + "/members",
          "application/json",
          subject(n));
    }
  }

  private static JsonObject user(int n) {
    return Json.createObjectBuilder()
        .add("id", subject(n))
        .add("username", username(n))
        .add("email", username(n) + "@coachroom.test")
        .add("emailVerified", true)
        .add("firstName", "Load")
        .add("lastName", "Student " + n)
        .add("enabled", true)
        .add(
            "credentials",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", PASSWORD)
                        .add("temporary", false)))
        .build();
  }

  /** Removes every load student from Keycloak (the realm is shared with the run command). */
  void removeUsers() throws IOException, InterruptedException {
    while (true) {
      JsonArray found =
          Json.createReader(
                  new StringReader(
                      send(
                          "GET",
                          "/admin/realms/coachroom/users?briefRepresentation=true&max=500&search="
                              + URLEncoder.encode(USER_PREFIX, StandardCharsets.UTF_8),
                          null,
                          null)))
              .readArray();
      List<String> ids = new ArrayList<>();
      found.getValuesAs(JsonObject.class).stream()
          .filter(u -> u.getString("username").startsWith(USER_PREFIX))
          .forEach(u -> ids.add(u.getString("id")));
      if (ids.isEmpty()) {
        return;
      }
      for (String id : ids) {
        send("DELETE", "/admin/realms/coachroom/users/" + id, null, null);
      }
    }
  }

  /**
   * The app's side: the load students as members and on the demo cohort's roster (mail reminders
   * off, so the run measures the interview and not the mail sweep), and background volume.
   */
  void seedDatabase(int students, int pastInterviews) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("create temporary table load_n (n int primary key)");
      s.execute("insert into load_n select seq from seq_1_to_" + students);
      s.execute(
          "insert into membership (id, tenant_id, subject, role, created_at)"
              + " select uuid(), '"
              + DEMO_TENANT
              + "', concat('b0000000-0000-4000-8000-', lpad(n, 12, '0')), 'STUDENT',"
              + " current_timestamp(6) from load_n");
      s.execute(
          "insert into member (id, tenant_id, subject, email, first_name, last_name, joined_at,"
              + " created_at, version, reminders_off)"
              + " select uuid(), '"
              + DEMO_TENANT
              + "', concat('b0000000-0000-4000-8000-', lpad(n, 12, '0')),"
              + " concat('load.student.', lpad(n, 4, '0'), '@coachroom.test'), 'Load',"
              + " concat('Student ', n), current_timestamp(6), current_timestamp(6), 0, true"
              + " from load_n");
      s.execute(
          "insert into cohort_member (id, tenant_id, cohort_id, subject, role, created_at)"
              + " select uuid(), '"
              + DEMO_TENANT
              + "', '"
              + DEMO_COHORT
              + "', concat('b0000000-0000-4000-8000-', lpad(n, 12, '0')), 'STUDENT',"
              + " current_timestamp(6) from load_n");
      otherBootcamps(s);
      pastInterviews(s, pastInterviews);
      pastReviews(s, pastInterviews / 2);
      c.commit();
    }
  }

  /** 49 other bootcamps, each with 20 cohorts of 30 students (29,400 students). */
  private static void otherBootcamps(Statement s) throws SQLException {
    s.execute(
        "insert into tenant (id, alias, name, created_at)"
            + " select concat('1f000000-0000-4000-8000-', lpad(seq, 12, '0')),"
            + " concat('load-', seq), concat('Load Bootcamp ', seq), current_timestamp(6)"
            + " from seq_1_to_49");
    s.execute(
        "insert into cohort (id, tenant_id, name, starts_on, created_at, version)"
            + " select concat('3f', lpad(t.seq, 6, '0'), '-0000-4000-8000-', lpad(c.seq, 12, '0')),"
            + " concat('1f000000-0000-4000-8000-', lpad(t.seq, 12, '0')),"
            + " concat('Cohort ', c.seq), current_date, current_timestamp(6), 0"
            + " from seq_1_to_49 t, seq_1_to_20 c");
    s.execute(
        "insert into membership (id, tenant_id, subject, role, created_at)"
            + " select uuid(), concat('1f000000-0000-4000-8000-', lpad(t.seq, 12, '0')),"
            + " concat('bf', lpad(t.seq, 6, '0'), '-0000-4000-8000-', lpad(p.seq, 12, '0')),"
            + " 'STUDENT', current_timestamp(6) from seq_1_to_49 t, seq_1_to_600 p");
    s.execute(
        "insert into member (id, tenant_id, subject, email, first_name, last_name, created_at,"
            + " version) select uuid(), concat('1f000000-0000-4000-8000-', lpad(t.seq, 12, '0')),"
            + " concat('bf', lpad(t.seq, 6, '0'), '-0000-4000-8000-', lpad(p.seq, 12, '0')),"
            + " concat('s', p.seq, '@load', t.seq, '.test'), 'Student', concat('No ', p.seq),"
            + " current_timestamp(6), 0 from seq_1_to_49 t, seq_1_to_600 p");
    s.execute(
        "insert into cohort_member (id, tenant_id, cohort_id, subject, role, created_at)"
            + " select uuid(), concat('1f000000-0000-4000-8000-', lpad(t.seq, 12, '0')),"
            + " concat('3f', lpad(t.seq, 6, '0'), '-0000-4000-8000-',"
            + " lpad(1 + (p.seq - 1) div 30, 12, '0')),"
            + " concat('bf', lpad(t.seq, 6, '0'), '-0000-4000-8000-', lpad(p.seq, 12, '0')),"
            + " 'STUDENT', current_timestamp(6) from seq_1_to_49 t, seq_1_to_600 p");
  }

  /**
   * Past interviews of the demo cohort (copies of the practice assignment, closed weeks ago), each
   * handed in by every load student with four answers.
   */
  private static void pastInterviews(Statement s, int count) throws SQLException {
    if (count == 0) {
      return;
    }
    s.execute(
        "insert into assignment (id, tenant_id, cohort_id, kind, template_id, template_version_id,"
            + " template_version_number, course_id, title, opens_at, due_at, attempts_allowed,"
            + " late_policy, grace_minutes, result_release, created_by, created_at, updated_at,"
            + " version)"
            + " select concat('5f000000-0000-4000-8000-', lpad(k.seq, 12, '0')), a.tenant_id,"
            + " a.cohort_id, a.kind, a.template_id, a.template_version_id,"
            + " a.template_version_number, null, concat('Past interview ', k.seq),"
            + " date_sub(current_timestamp(6), interval 100 + k.seq day),"
            + " date_sub(current_timestamp(6), interval 93 + k.seq day), 1, a.late_policy, 0,"
            + " a.result_release, a.created_by, a.created_at, a.updated_at, 0"
            + " from assignment a, seq_1_to_"
            + count
            + " k where a.tenant_id = '"
            + DEMO_TENANT
            + "' and a.title like 'Practice interview%'");
    s.execute(
        "insert into attempt (id, tenant_id, assignment_id, subject, number, template_version_id,"
            + " time_multiplier, started_at, ends_at, late_after, position, position_started_at,"
            + " status, submitted_at, late, created_at, version)"
            + " select concat('6f', lpad(k.seq, 6, '0'), '-0000-4000-8000-', lpad(n.n, 12, '0')),"
            + " a.tenant_id, a.id,"
            + " concat('b0000000-0000-4000-8000-', lpad(n.n, 12, '0')), 1, a.template_version_id,"
            + " 1.00, date_sub(a.due_at, interval 2 day),"
            + " date_add(date_sub(a.due_at, interval 2 day), interval 30 minute), a.due_at, 5,"
            + " date_sub(a.due_at, interval 2 day), 'SUBMITTED',"
            + " date_add(date_sub(a.due_at, interval 2 day), interval 25 minute), false,"
            + " date_sub(a.due_at, interval 2 day), 0"
            + " from assignment a join seq_1_to_"
            + count
            + " k on a.id = concat('5f000000-0000-4000-8000-', lpad(k.seq, 12, '0')), load_n n");
    // stored as the app stores each kind: a choice list, text as typed, code, STAR fields; the
    // spoken question (position 4) was not recorded, as happens
    s.execute(
        "insert into answer (id, tenant_id, attempt_id, position, body, revision, saved_at,"
            + " created_at) select uuid(), t.tenant_id, t.id, q.seq - 1, case q.seq"
            + " when 1 then '[0]'"
            + " when 2 then concat('A past written answer, long enough to look like one: ',"
            + " repeat('words and more words ', 40))"
            + " when 3 then concat('// a past solution', char(10),"
            + " repeat(concat('seen.add(n);', char(10)), 40))"
            + " else concat('{\"situation\":\"', repeat('A team story. ', 20),"
            + " '\",\"task\":\"Ship it.\",\"action\":\"', repeat('We talked. ', 20),"
            + " '\",\"result\":\"Shipped.\"}') end,"
            + " 12, t.submitted_at, t.started_at"
            + " from attempt t, seq_1_to_4 q where t.id like '6f%'");
  }

  /**
   * Reviews of the first {@code count} past interviews' attempts: released, with a review row per
   * answer, so the grading queue's joins and state filter meet a realistic review table.
   */
  private static void pastReviews(Statement s, int count) throws SQLException {
    if (count == 0) {
      return;
    }
    s.execute(
        "insert into review (id, tenant_id, attempt_id, status, claimed_by, overall_comment,"
            + " points, max_points, graded_by, released_at, change_count, updated_at, created_at,"
            + " version, taken_back)"
            + " select concat('7f', substring(t.id, 3)), t.tenant_id, t.id, 'RELEASED', null,"
            + " 'Clear structure; go deeper on trade-offs next time.', 14, 25, null,"
            + " date_add(t.submitted_at, interval 3 day), 0,"
            + " date_add(t.submitted_at, interval 3 day), date_add(t.submitted_at, interval 1 day),"
            + " 0, false from attempt t where t.id like '6f%'"
            + " and cast(substring(t.id, 3, 6) as unsigned) <= "
            + count);
    s.execute(
        "insert into review_answer (id, tenant_id, review_id, position, levels, comment,"
            + " override_points, override_reason, points, created_at, hand_graded)"
            + " select uuid(), r.tenant_id, r.id, q.seq - 1, '', 'Good example.', null, null,"
            + " 3, r.created_at, false from review r, seq_1_to_5 q where r.id like '7f%'");
  }

  /** Row counts of the tables the generator fills, for the report. */
  String volume() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "tenant",
              "cohort",
              "member",
              "cohort_member",
              "assignment",
              "attempt",
              "answer",
              "review",
              "review_answer")) {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
          rs.next();
          out.append(out.length() == 0 ? "" : ", ").append(table).append(' ').append(rs.getLong(1));
        }
      }
    }
    return out.toString();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.user(), database.password());
  }

  private String demoOrganization() throws IOException, InterruptedException {
    JsonArray found =
        Json.createReader(
                new StringReader(
                    send(
                        "GET",
                        "/admin/realms/coachroom/organizations?briefRepresentation=true&max=1000",
                        null,
                        null)))
            .readArray();
    return found.getValuesAs(JsonObject.class).stream()
        .filter(o -> "demo".equals(o.getString("alias", "")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Keycloak has no demo organization"))
        .getString("id");
  }

  /** The admin console's token: it lives a minute, so a fresh one is taken every 30 s. */
  private String token() throws IOException, InterruptedException {
    if (token == null || System.nanoTime() - tokenTakenNanos > 30_000_000_000L) {
      tokenTakenNanos = System.nanoTime();
      token = adminToken();
    }
    return token;
  }

  private String adminToken() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak admin token: " + response.statusCode());
    }
    return Json.createReader(new StringReader(response.body()))
        .readObject()
        .getString("access_token");
  }

  private String send(String method, String path, String type, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(KEYCLOAK + path))
            .header("Authorization", "Bearer " + token());
    if (type != null) {
      builder.header("Content-Type", type);
    }
    builder.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
