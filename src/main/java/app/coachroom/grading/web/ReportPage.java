package app.coachroom.grading.web;

import app.coachroom.grading.application.GradeReport;
import app.coachroom.grading.application.GradingService;
import app.coachroom.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs grading/report.xhtml: one attempt's feedback laid out for printing (the page's print
 * stylesheet leaves out the app's menus and buttons), for the student's file or a one-to-one talk.
 */
@Named
@RequestScoped
public class ReportPage {
  @Inject GradingService grading;
  @Inject Messages messages;

  private String attempt;
  private GradeReport report;

  /** viewAction: foreign or unknown attempts give the 404 page. */
  public void load() {
    report = grading.report(attempt);
  }

  /** The student as the report names them: a code while grading is anonymous. */
  public String getStudent() {
    return StudentLabel.of(messages, report.studentName(), report.anonymousAs());
  }

  public GradeReport getReport() {
    return report;
  }

  public String getAttempt() {
    return attempt;
  }

  public void setAttempt(String attempt) {
    this.attempt = attempt;
  }
}
