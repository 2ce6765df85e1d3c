package app.coachroom.course.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One lesson of a module: a title and Markdown content. Changed only through its course. */
@Entity
@Table(name = "course_lesson")
public class Lesson extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private CourseModule module;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = Course.TITLE_MAX)
  private String title;

  @Column(columnDefinition = "MEDIUMTEXT")
  private String body;

  protected Lesson() {}

  Lesson(CourseModule module, int position, String title, String body, Instant now) {
    super(now);
    this.module = module;
    this.position = position;
    this.title = title;
    this.body = body;
  }

  void write(String title, String body) {
    this.title = title;
    this.body = body;
  }

  void place(CourseModule module, int position) {
    this.module = module;
    this.position = position;
  }

  public String title() {
    return title;
  }

  /** The Markdown as the coach wrote it, or null if not written yet. */
  public String body() {
    return body;
  }
}
