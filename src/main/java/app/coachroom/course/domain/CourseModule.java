package app.coachroom.course.domain;

import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** One module of a course, with its lessons in order. Changed only through its course. */
@Entity
@Table(name = "course_module")
public class CourseModule extends TenantOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id", nullable = false, updatable = false)
  private Course course;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = Course.TITLE_MAX)
  private String title;

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchSize(size = 100)
  private List<Lesson> lessons = new ArrayList<>();

  protected CourseModule() {}

  CourseModule(Course course, int position, String title, Instant now) {
    super(now);
    this.course = course;
    this.position = position;
    this.title = title;
  }

  void rename(String title) {
    this.title = title;
  }

  void place(int position) {
    this.position = position;
  }

  List<Lesson> lessonList() {
    return lessons;
  }

  void renumber() {
    for (int i = 0; i < lessons.size(); i++) {
      lessons.get(i).place(this, i);
    }
  }

  public String title() {
    return title;
  }

  public List<Lesson> lessons() {
    return List.copyOf(lessons);
  }
}
