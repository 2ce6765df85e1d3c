package app.coachroom.assignment.web;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.BootcampZone;
import app.coachroom.assignment.application.DueDate;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * Backs calendar.xhtml: the bootcamp's due dates across cohorts, on its wall clock, loaded for the
 * range the calendar shows; each links to its assignment.
 */
@Named
@ViewScoped
public class DueCalendar implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssignmentService assignments;
  @Inject BootcampZone zone;

  private int dueThisWeek;

  /** viewAction: how many are due in the coming seven days (and the caller may see them). */
  public void load() {
    LocalDateTime now = LocalDateTime.now(zone.zone());
    dueThisWeek = assignments.dueBetween(now, now.plusDays(7)).size();
  }

  public int getDueThisWeek() {
    return dueThisWeek;
  }

  private final ScheduleModel model =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
          String base =
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
          for (DueDate due : assignments.dueBetween(start, end)) {
            addEvent(
                DefaultScheduleEvent.builder()
                    .id(due.assignmentId())
                    .title(due.title() + " · " + due.cohortName())
                    .startDate(due.dueAt())
                    .endDate(due.dueAt())
                    .url(base + "/assignment/assignment.xhtml?id=" + due.assignmentId())
                    .editable(false)
                    .build());
          }
        }
      };

  public ScheduleModel getModel() {
    return model;
  }

  public String getZone() {
    return zone.zone().getId();
  }
}
