package app.coachroom.course.domain;

import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import app.coachroom.shared.domain.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * A course or soft-skill curriculum: ordered modules of ordered lessons. Drafts are for coaches;
 * publishing needs at least one lesson and no lesson without content. Every change goes through
 * here, so the course's version guards all of them against stale edits. Archived, never deleted.
 */
@Entity
@Table(name = "course")
public class Course extends TenantOwned {
  public static final int TITLE_MAX = 200;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int MODULES_MAX = 50;
  public static final int LESSONS_MAX = 100;

  /** A long lesson is about 20,000 characters of Markdown. */
  public static final int BODY_MAX = 100_000;

  @Version private long version;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CourseKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private InterviewStage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CourseStatus status;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchSize(size = 50)
  private List<CourseModule> modules = new ArrayList<>();

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "archived_at")
  private Instant archivedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Course() {}

  public Course(CourseDetails details, Instant now) {
    super(now);
    this.status = CourseStatus.DRAFT;
    describe(details, now);
  }

  /** Replaces title, description, kind and stage. */
  public void describe(CourseDetails details, Instant now) {
    String checkedTitle = title(details.title(), "title", "course.title");
    String checkedDescription =
        Texts.optional(details.description(), DESCRIPTION_MAX, "description", "course.description");
    if (details.kind() == null) {
      throw new RuleViolationException("kind", "course.kind.required");
    }
    if (details.kind() == CourseKind.INTERVIEW_PREP && details.stage() == null) {
      throw new RuleViolationException("stage", "course.stage.required");
    }
    this.title = checkedTitle;
    this.description = checkedDescription;
    this.kind = details.kind();
    this.stage = details.kind() == CourseKind.INTERVIEW_PREP ? details.stage() : null;
    this.updatedAt = now;
  }

  public CourseModule addModule(String moduleTitle, Instant now) {
    String checked = title(moduleTitle, "moduleTitle", "course.module.title");
    if (modules.size() >= MODULES_MAX) {
      throw new RuleViolationException("moduleTitle", "course.modules.tooMany", MODULES_MAX);
    }
    CourseModule module = new CourseModule(this, modules.size(), checked, now);
    modules.add(module);
    updatedAt = now;
    return module;
  }

  public void renameModule(String moduleId, String moduleTitle, Instant now) {
    module(moduleId).rename(title(moduleTitle, "moduleTitle", "course.module.title"));
    updatedAt = now;
  }

  /**
   * Removes an empty module; lessons must be removed (or moved) first, so none is lost by a slip.
   */
  public void removeModule(String moduleId, Instant now) {
    CourseModule module = module(moduleId);
    if (!module.lessonList().isEmpty()) {
      throw new RuleViolationException(null, "course.module.notEmpty", module.title());
    }
    modules.remove(module);
    renumber();
    updatedAt = now;
  }

  /** Puts the module at the given place (0 first); places outside the list are clamped. */
  public void moveModule(String moduleId, int toIndex, Instant now) {
    CourseModule module = module(moduleId);
    modules.remove(module);
    modules.add(Math.max(0, Math.min(toIndex, modules.size())), module);
    renumber();
    updatedAt = now;
  }

  public Lesson addLesson(String moduleId, String lessonTitle, Instant now) {
    CourseModule module = module(moduleId);
    String checked = title(lessonTitle, "lessonTitle", "course.lesson.title");
    if (module.lessonList().size() >= LESSONS_MAX) {
      throw new RuleViolationException("lessonTitle", "course.lessons.tooMany", LESSONS_MAX);
    }
    Lesson lesson = new Lesson(module, module.lessonList().size(), checked, null, now);
    module.lessonList().add(lesson);
    updatedAt = now;
    return lesson;
  }

  /** Replaces a lesson's title and Markdown; a published course keeps every lesson written. */
  public void writeLesson(String lessonId, String lessonTitle, String body, Instant now) {
    Lesson lesson = lesson(lessonId);
    String checkedTitle = title(lessonTitle, "lessonTitle", "course.lesson.title");
    String checkedBody = Texts.verbatim(body, BODY_MAX, "body", "course.lesson.body");
    if (checkedBody == null && status == CourseStatus.PUBLISHED) {
      throw new RuleViolationException("body", "course.lesson.body.requiredWhenPublished");
    }
    lesson.write(checkedTitle, checkedBody);
    updatedAt = now;
  }

  public void removeLesson(String lessonId, Instant now) {
    Lesson lesson = lesson(lessonId);
    CourseModule module = moduleOf(lesson);
    if (status == CourseStatus.PUBLISHED && lessonCount() == 1) {
      throw new RuleViolationException(null, "course.lesson.last");
    }
    module.lessonList().remove(lesson);
    module.renumber();
    updatedAt = now;
  }

  /**
   * Puts the lesson at the given place of the given module (0 first; clamped), which may be another
   * module of this course.
   */
  public void moveLesson(String lessonId, String toModuleId, int toIndex, Instant now) {
    Lesson lesson = lesson(lessonId);
    CourseModule from = moduleOf(lesson);
    CourseModule to = module(toModuleId);
    if (from != to && to.lessonList().size() >= LESSONS_MAX) {
      throw new RuleViolationException(null, "course.lessons.tooMany", LESSONS_MAX);
    }
    from.lessonList().remove(lesson);
    to.lessonList().add(Math.max(0, Math.min(toIndex, to.lessonList().size())), lesson);
    from.renumber();
    to.renumber();
    updatedAt = now;
  }

  /** Makes the course readable by students: it needs lessons, and every lesson needs content. */
  public void publish(Instant now) {
    if (isArchived()) {
      throw new RuleViolationException(null, "course.publish.archived");
    }
    if (lessonCount() == 0) {
      throw new RuleViolationException(null, "course.publish.empty");
    }
    for (CourseModule module : modules) {
      for (Lesson lesson : module.lessonList()) {
        if (lesson.body() == null) {
          throw new RuleViolationException(
              null, "course.publish.emptyLesson", module.title(), lesson.title());
        }
      }
    }
    status = CourseStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
  }

  public void unpublish(Instant now) {
    status = CourseStatus.DRAFT;
    updatedAt = now;
  }

  /** A draft copy with every module and lesson. */
  public Course copy(String copyTitle, Instant now) {
    Course copy =
        new Course(
            new CourseDetails(Texts.cut(copyTitle, TITLE_MAX), description, kind, stage), now);
    for (CourseModule module : modules) {
      CourseModule copied = copy.addModule(module.title(), now);
      for (Lesson lesson : module.lessonList()) {
        Lesson l = copy.addLesson(copied.id(), lesson.title(), now);
        l.write(lesson.title(), lesson.body());
      }
    }
    return copy;
  }

  public void archive(Instant now) {
    if (archivedAt == null) {
      archivedAt = now;
      updatedAt = now;
    }
  }

  public void restore(Instant now) {
    if (archivedAt != null) {
      archivedAt = null;
      updatedAt = now;
    }
  }

  private static String title(String raw, String field, String keyPrefix) {
    return Texts.required(raw, TITLE_MAX, field, keyPrefix);
  }

  private void renumber() {
    for (int i = 0; i < modules.size(); i++) {
      modules.get(i).place(i);
    }
  }

  private int lessonCount() {
    return modules.stream().mapToInt(m -> m.lessonList().size()).sum();
  }

  private CourseModule module(String moduleId) {
    return modules.stream()
        .filter(m -> m.id().equals(moduleId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Module", moduleId));
  }

  private CourseModule moduleOf(Lesson lesson) {
    return modules.stream().filter(m -> m.lessonList().contains(lesson)).findFirst().orElseThrow();
  }

  private Lesson lesson(String lessonId) {
    return modules.stream()
        .flatMap(m -> m.lessonList().stream())
        .filter(l -> l.id().equals(lessonId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Lesson", lessonId));
  }

  public List<CourseModule> modules() {
    return List.copyOf(modules);
  }

  public long version() {
    return version;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public CourseKind kind() {
    return kind;
  }

  public InterviewStage stage() {
    return stage;
  }

  public CourseStatus status() {
    return status;
  }

  public boolean isPublished() {
    return status == CourseStatus.PUBLISHED;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
