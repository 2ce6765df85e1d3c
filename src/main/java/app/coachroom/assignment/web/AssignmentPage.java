package app.coachroom.assignment.web;

import app.coachroom.assignment.application.AssignmentService;
import app.coachroom.assignment.application.AssignmentView;
import app.coachroom.assignment.application.BootcampZone;
import app.coachroom.assignment.application.StudentTiming;
import app.coachroom.cohort.application.CohortService;
import app.coachroom.cohort.application.CohortView;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Backs assignment.xhtml (?id=...): one assignment, its cohort's students with their own due times
 * and extra time, and extensions granted or taken back.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AssignmentService assignments;
  @Inject CohortService cohorts;
  @Inject BootcampZone zone;
  @Inject Messages messages;

  private String id;
  private AssignmentView assignment;
  private CohortView cohort;
  private List<StudentTiming> students;
  private String extensionStudent;
  private LocalDateTime extensionDue;

  /** viewAction: an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (assignment == null) {
      assignment = assignments.find(id);
      cohort = cohorts.find(assignment.cohortId());
      students = assignments.students(id);
    }
  }

  public void extend() {
    if (extensionStudent == null || extensionStudent.isBlank()) {
      messages.fieldError(
          "extension", new RuleViolationException("student", "assignment.extension.chooseStudent"));
      return;
    }
    try {
      StudentTiming saved = assignments.extend(id, extensionStudent, extensionDue);
      messages.info("assignment.extension.granted", saved.name());
      extensionStudent = null;
      extensionDue = null;
      students = assignments.students(id);
    } catch (RuleViolationException e) {
      messages.fieldError("extension", e);
    }
  }

  public void removeExtension(StudentTiming student) {
    try {
      assignments.removeExtension(id, student.subject());
      messages.info("assignment.extensionRemoved", student.name());
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
    students = assignments.students(id);
  }

  public String getZone() {
    return zone.zone().getId();
  }

  public AssignmentView getAssignment() {
    return assignment;
  }

  public CohortView getCohort() {
    return cohort;
  }

  public List<StudentTiming> getStudents() {
    return students;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getExtensionStudent() {
    return extensionStudent;
  }

  public void setExtensionStudent(String extensionStudent) {
    this.extensionStudent = extensionStudent;
  }

  public LocalDateTime getExtensionDue() {
    return extensionDue;
  }

  public void setExtensionDue(LocalDateTime extensionDue) {
    this.extensionDue = extensionDue;
  }
}
