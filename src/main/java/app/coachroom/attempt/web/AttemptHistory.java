package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptRow;
import app.coachroom.attempt.application.AttemptService;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Backs attempts.xhtml: the student's attempts, newest first, paged in SQL. */
@Named
@ViewScoped
public class AttemptHistory implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AttemptService attempts;

  private final LazyDataModel<AttemptRow> rows =
      new PagedModel<>(
          () -> attempts.countMine(), (first, size) -> attempts.mine(first, size), AttemptRow::id);

  public LazyDataModel<AttemptRow> getRows() {
    return rows;
  }
}
