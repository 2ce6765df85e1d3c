package app.coachroom.library.application;

import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.course.application.CourseOutline;
import app.coachroom.course.application.CourseService;
import app.coachroom.course.domain.CourseDetails;
import app.coachroom.course.domain.CourseKind;
import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.interviewtemplate.application.InterviewTemplateService;
import app.coachroom.interviewtemplate.domain.TemplateContent;
import app.coachroom.library.domain.AuthoringJson;
import app.coachroom.library.domain.StarterPackImport;
import app.coachroom.library.infrastructure.StarterPackImports;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.domain.Audited;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The starter pack: competencies, about twenty questions, rubrics, a soft-skill curriculum and one
 * published mock-interview template per interview stage, written for Coachroom. A tenant admin
 * imports it once; everything in it is the tenant's own afterwards, to edit or archive.
 */
@ApplicationScoped
@Transactional
@RequiresRole(TENANT_ADMIN)
public class StarterPack {
  static final String RESOURCE = "/app/coachroom/library/starter-pack.json";
  static final int VERSION = 1;

  @Inject AuthoringTransfer transfer;
  @Inject CourseService courses;
  @Inject InterviewTemplateService templates;
  @Inject StarterPackImports imports;
  @Inject Event<Audited> audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /** When the tenant imported the pack, if it did. */
  public Optional<Instant> importedAt() {
    return imports.find().map(StarterPackImport::importedAt);
  }

  /** Imports the whole pack, all or nothing; a tenant that has it already is refused. */
  public StarterPackReport importPack() {
    Optional<Instant> before = importedAt();
    if (before.isPresent()) {
      throw new RuleViolationException(null, "starter.alreadyImported", before.get().toString());
    }
    String text = read();
    AuthoringJson.Read bank = AuthoringJson.read(text);
    if (!bank.ok()) {
      throw new IllegalStateException("The bundled starter pack is malformed: " + bank.problems());
    }
    AuthoringTransfer.Imported imported = transfer.importContent(bank.file());
    if (!imported.report().imported()) {
      throw new IllegalStateException(
          "The bundled starter pack breaks a rule: " + imported.report().problems());
    }
    JsonObject root;
    try (JsonReader reader = Json.createReader(new java.io.StringReader(text))) {
      root = reader.readObject();
    }
    int courseCount = 0;
    for (JsonObject course : root.getJsonArray("courses").getValuesAs(JsonObject.class)) {
      addCourse(course);
      courseCount++;
    }
    int templateCount = 0;
    for (JsonObject template : root.getJsonArray("templates").getValuesAs(JsonObject.class)) {
      addTemplate(template, imported.questionIds(), imported.rubricIds());
      templateCount++;
    }
    Instant now = clock.instant();
    imports.add(new StarterPackImport(VERSION, caller.subject(), now));
    audit.fire(
        new Audited(
            caller.persistenceTenant(),
            AuditAction.AUTHORING_IMPORTED,
            "starter pack v" + VERSION,
            imported.report().summary()
                + ", "
                + courseCount
                + " courses, "
                + templateCount
                + " templates"));
    return new StarterPackReport(
        now,
        imported.report().competenciesCreated(),
        imported.report().questions(),
        imported.report().rubrics(),
        courseCount,
        templateCount);
  }

  private void addCourse(JsonObject json) {
    CourseKind kind = CourseKind.valueOf(json.getString("kind"));
    InterviewStage stage =
        json.containsKey("stage") ? InterviewStage.valueOf(json.getString("stage")) : null;
    CourseOutline course =
        courses.create(
            new CourseDetails(
                json.getString("title"), json.getString("description", null), kind, stage));
    String id = course.id();
    long version = course.version();
    for (JsonObject module : json.getJsonArray("modules").getValuesAs(JsonObject.class)) {
      course = courses.addModule(id, version, module.getString("title"));
      String moduleId = course.modules().get(course.modules().size() - 1).id();
      version = course.version();
      for (JsonObject lesson : module.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
        course = courses.addLesson(id, version, moduleId, lesson.getString("title"));
        List<CourseOutline.LessonRow> lessons =
            course.modules().get(course.modules().size() - 1).lessons();
        String lessonId = lessons.get(lessons.size() - 1).id();
        version =
            courses
                .writeLesson(
                    id,
                    course.version(),
                    lessonId,
                    lesson.getString("title"),
                    lesson.getString("body"))
                .courseVersion();
      }
    }
    courses.publish(id, version);
  }

  private void addTemplate(
      JsonObject json, Map<String, String> questionIds, Map<String, String> rubricIds) {
    List<TemplateContent.Item> items = new ArrayList<>();
    for (JsonObject item : json.getJsonArray("items").getValuesAs(JsonObject.class)) {
      items.add(
          new TemplateContent.Item(
              required(questionIds, item.getString("question")),
              item.getInt("prepSeconds"),
              item.getInt("answerMinutes") * 60,
              item.containsKey("rubric") ? required(rubricIds, item.getString("rubric")) : null));
    }
    templates.saveAndPublish(
        null,
        0,
        new TemplateContent(
            json.getString("title"),
            json.getString("instructions"),
            InterviewStage.valueOf(json.getString("stage")),
            json.getInt("overallMinutes") * 60,
            required(rubricIds, json.getString("defaultRubric")),
            items));
  }

  private static String required(Map<String, String> idsByTitle, String title) {
    String id = idsByTitle.get(title);
    if (id == null) {
      throw new IllegalStateException("The starter pack names \"" + title + "\", which it lacks");
    }
    return id;
  }

  private static String read() {
    try (InputStream in = StarterPack.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
