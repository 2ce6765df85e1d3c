package app.coachroom.assignment.web;

import app.coachroom.assignment.application.MyAssignment;
import app.coachroom.assignment.application.MyAssignments;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import org.primefaces.model.LazyDataModel;

/** Backs dashboard.xhtml: what the student has to do, soonest due first, and what is past due. */
@Named
@ViewScoped
public class Dashboard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MyAssignments mine;
  @Inject Messages messages;

  private final LazyDataModel<MyAssignment> current =
      new PagedModel<>(
          () -> mine.count(false),
          (first, size) -> mine.page(false, first, size),
          MyAssignment::id);
  private final LazyDataModel<MyAssignment> past =
      new PagedModel<>(
          () -> mine.count(true), (first, size) -> mine.page(true, first, size), MyAssignment::id);

  public LazyDataModel<MyAssignment> getCurrent() {
    return current;
  }

  public LazyDataModel<MyAssignment> getPast() {
    return past;
  }

  /** Time left in its two largest units ("2 d 3 h", "3 h 20 min", "12 min"). */
  public String left(Duration duration) {
    long minutes = duration.toMinutes();
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    if (days > 0) {
      return messages.text("dashboard.left.days", days, hours);
    }
    if (hours > 0) {
      return messages.text("dashboard.left.hours", hours, minutes % 60);
    }
    return messages.text("dashboard.left.minutes", Math.max(minutes, 0));
  }
}
