package app.coachroom.e2e;

import app.coachroom.devstack.Database;
import app.coachroom.devstack.TestStackListener;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The IDs the page sweep opens pages with, read from and written to the test database directly: for
 * each kind of object one the role may use (demo bootcamp), one of another bootcamp (a copy of a
 * demo row made in the second one) and, where such a thing exists, one of the same bootcamp the
 * role may not use (a cohort nobody coaches or attends, a draft course, someone else's attempt).
 * Copies take every column of the original but those given, so a new column needs no change here.
 */
final class SweepData {
  static final String DEMO = "10000000-0000-4000-8000-000000000001";
  static final String SECOND = "10000000-0000-4000-8000-000000000002";
  static final String SECOND_COHORT = "30000000-0000-4000-8000-000000000002";
  static final String DEMO_MEMBER = "21000000-0000-4000-8000-000000000001";
  static final String SECOND_MEMBER = "21000000-0000-4000-8000-000000000004";
  static final String ADMIN_SUBJECT = "a0000000-0000-4000-8000-000000000002";
  static final String DEMO_STUDENT = "a0000000-0000-4000-8000-000000000004";
  static final String SECOND_STUDENT = "a0000000-0000-4000-8000-000000000006";
  static final String DEMO_STUDENT_PLACE = "40000000-0000-4000-8000-000000000001";

  /** The IDs of one kind of object. */
  record Ids(String valid, String foreign, String denied) {}

  private final Map<Kind, Ids> ids = new EnumMap<>(Kind.class);
  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private String sweepAssignment;
  private String unattendedAssignment;

  /** What a page's ID names. */
  enum Kind {
    TENANT,
    MEMBER,
    COHORT,
    ASSIGNMENT,
    ATTEMPT,
    HANDED_IN_ATTEMPT,
    STUDENT,
    COMPETENCY,
    QUESTION,
    RUBRIC,
    TEMPLATE,
    COURSE,
    PUBLISHED_COURSE,
    LESSON
  }

  Ids of(Kind kind) {
    return ids.get(kind);
  }

  /** An interview assignment of the demo cohort made for the sweep: fresh attempts to use. */
  String sweepAssignment() {
    return sweepAssignment;
  }

  /** The demo rows, their copies in the second bootcamp and the same-bootcamp ones to refuse. */
  static SweepData prepare() throws SQLException {
    SweepData data = new SweepData();
    try (Connection c = connect()) {
      data.read(c);
    }
    return data;
  }

  private void read(Connection c) throws SQLException {
    ids.put(Kind.TENANT, new Ids(DEMO, null, null));
    ids.put(Kind.MEMBER, new Ids(DEMO_MEMBER, SECOND_MEMBER, null));
    String cohort = "30000000-0000-4000-8000-000000000001";
    String unattended = copy(c, "cohort", cohort, Map.of("name", "Sweep cohort " + tag));
    ids.put(Kind.COHORT, new Ids(cohort, SECOND_COHORT, unattended));
    // someone who studies only in the cohort nobody coaches
    String loner = UUID.randomUUID().toString();
    copy(c, "cohort_member", DEMO_STUDENT_PLACE, Map.of("cohort_id", unattended, "subject", loner));
    ids.put(Kind.STUDENT, new Ids(DEMO_STUDENT, SECOND_STUDENT, loner));
    String practice =
        one(
            c,
            "select id from assignment where tenant_id = ? and kind = 'INTERVIEW'"
                + " and title = 'Practice interview (mixed)'");
    sweepAssignment = copy(c, "assignment", practice, Map.of("title", "Sweep interview " + tag));
    unattendedAssignment =
        copy(
            c,
            "assignment",
            practice,
            Map.of("title", "Sweep unattended " + tag, "cohort_id", unattended));
    String foreignAssignment =
        copy(c, "assignment", practice, Map.of("tenant_id", SECOND, "cohort_id", SECOND_COHORT));
    ids.put(Kind.ASSIGNMENT, new Ids(sweepAssignment, foreignAssignment, unattendedAssignment));
    ids.put(Kind.COMPETENCY, demoAndForeign(c, "competency", "name", null));
    ids.put(Kind.QUESTION, demoAndForeign(c, "question", "title", null));
    ids.put(Kind.RUBRIC, demoAndForeign(c, "rubric", "title", null));
    ids.put(
        Kind.TEMPLATE,
        demoAndForeign(
            c,
            "interview_template",
            "title",
            "id = (select template_id from assignment" + " where id = '" + practice + "')"));
    Ids course =
        demoAndForeign(c, "course", "title", "status = 'PUBLISHED' and archived_at is null");
    ids.put(Kind.COURSE, course);
    String draft =
        copy(c, "course", course.valid(), Map.of("title", "Sweep draft " + tag, "status", "DRAFT"));
    ids.put(Kind.PUBLISHED_COURSE, new Ids(course.valid(), course.foreign(), draft));
    String lesson =
        one(
            c,
            "select l.id from course_lesson l join course_module m on m.id = l.module_id"
                + " where l.tenant_id = ? and m.course_id = '"
                + course.valid()
                + "' order by m.position, l.position");
    String module =
        one(c, "select module_id from course_lesson where tenant_id = ? and id = '" + lesson + "'");
    // the other bootcamp's lesson hangs in its own copy of the course, as lessons do
    String foreignModule =
        copy(
            c, "course_module", module, Map.of("tenant_id", SECOND, "course_id", course.foreign()));
    String foreignLesson =
        copy(c, "course_lesson", lesson, Map.of("tenant_id", SECOND, "module_id", foreignModule));
    ids.put(Kind.LESSON, new Ids(lesson, foreignLesson, null));
  }

  /**
   * The attempts, once student.demo has started one on the sweep's assignment: that one in
   * progress, and a copy handed in; each copied to the second bootcamp; someone else's copy of the
   * open one (the student may not see it) and a handed-in copy in the cohort nobody coaches (its
   * coaches may not grade it).
   */
  void attempts(String open) throws SQLException {
    try (Connection c = connect()) {
      String handedIn =
          copy(
              c,
              "attempt",
              open,
              Map.of(
                  "number",
                  2,
                  "status",
                  "SUBMITTED",
                  "submitted_at",
                  Timestamp.from(Instant.now())));
      String foreignAssignment = ids.get(Kind.ASSIGNMENT).foreign();
      Map<String, Object> foreign = Map.of("tenant_id", SECOND, "assignment_id", foreignAssignment);
      String othersAttempt = copy(c, "attempt", open, Map.of("subject", ADMIN_SUBJECT));
      ids.put(Kind.ATTEMPT, new Ids(open, copy(c, "attempt", open, foreign), othersAttempt));
      String ungraded = copy(c, "attempt", handedIn, Map.of("assignment_id", unattendedAssignment));
      ids.put(
          Kind.HANDED_IN_ATTEMPT,
          new Ids(handedIn, copy(c, "attempt", handedIn, foreign), ungraded));
    }
  }

  private Ids demoAndForeign(Connection c, String table, String label, String where)
      throws SQLException {
    String valid =
        one(
            c,
            "select id from "
                + table
                + " where tenant_id = ?"
                + (where == null ? "" : " and " + where)
                + " order by id");
    return new Ids(valid, copy(c, table, valid, foreign(label)), null);
  }

  /** In the second bootcamp, named apart from any earlier sweep's copy. */
  private Map<String, Object> foreign(String label) {
    return Map.of("tenant_id", SECOND, label, "Sweep copy " + tag);
  }

  private static String one(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, DEMO);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("The demo bootcamp has none: " + sql);
        }
        return r.getString(1);
      }
    }
  }

  /** Copies a row under a new ID with some columns changed; returns the new ID. */
  private static String copy(Connection c, String table, String id, Map<String, Object> changes)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select column_name from information_schema.columns where table_schema = database()"
                + " and table_name = ? order by ordinal_position")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          columns.add(r.getString(1));
        }
      }
    }
    String newId = UUID.randomUUID().toString();
    Map<String, Object> values = new LinkedHashMap<>(changes);
    values.put("id", newId);
    List<Object> parameters = new ArrayList<>();
    StringBuilder select = new StringBuilder();
    for (String column : columns) {
      select.append(select.isEmpty() ? "" : ", ");
      if (values.containsKey(column)) {
        select.append('?');
        parameters.add(values.get(column));
      } else {
        select.append(column);
      }
    }
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") select "
            + select
            + " from "
            + table
            + " where id = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        s.setObject(i + 1, parameters.get(i));
      }
      s.setString(parameters.size() + 1, id);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("No " + table + " " + id + " to copy");
      }
    }
    return newId;
  }

  private static Connection connect() throws SQLException {
    Database db = TestStackListener.stack().directDatabase();
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }
}
