package app.coachroom.questionbank.web;

import app.coachroom.competency.application.CompetencyService;
import app.coachroom.competency.application.CompetencyView;
import app.coachroom.questionbank.application.QuestionRow;
import app.coachroom.questionbank.application.QuestionService;
import app.coachroom.questionbank.domain.Difficulty;
import app.coachroom.questionbank.domain.QuestionFilter;
import app.coachroom.questionbank.domain.QuestionKind;
import app.coachroom.shared.domain.InterviewStage;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Backs questions.xhtml: the question bank as a lazy table, searched and filtered in SQL. */
@Named
@ViewScoped
public class QuestionBank implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject QuestionService questions;
  @Inject CompetencyService competencies;
  @Inject Messages messages;

  private String text;
  private QuestionKind kind;
  private InterviewStage stage;
  private Difficulty difficulty;
  private String competencyId;
  private boolean showArchived;
  private List<CompetencyView> competencyChoices;
  private final LazyDataModel<QuestionRow> model =
      new PagedModel<>(
          () -> questions.count(filter()),
          (first, size) -> questions.search(filter(), first, size),
          QuestionRow::id);

  public LazyDataModel<QuestionRow> getModel() {
    return model;
  }

  /** Opens the copy in the editor, so the coach can change what makes it different. */
  public String duplicate(QuestionRow row) {
    String copyId =
        questions.duplicate(row.id(), messages.text("question.copyTitle", row.title())).id();
    messages.flashInfo("question.duplicated", row.title());
    return "/questionbank/edit?faces-redirect=true&id=" + copyId;
  }

  public void archive(QuestionRow row) {
    try {
      messages.info(
          "question.archived", questions.archive(row.id(), row.version()).content().title());
    } catch (OptimisticLockException e) {
      messages.error("question.conflict");
    }
  }

  public void restore(QuestionRow row) {
    try {
      messages.info(
          "question.restored", questions.restore(row.id(), row.version()).content().title());
    } catch (OptimisticLockException e) {
      messages.error("question.conflict");
    }
  }

  public List<CompetencyView> getCompetencyChoices() {
    if (competencyChoices == null) {
      competencyChoices = competencies.list(false);
    }
    return competencyChoices;
  }

  public QuestionKind[] getKinds() {
    return QuestionKind.values();
  }

  public InterviewStage[] getStages() {
    return InterviewStage.values();
  }

  public Difficulty[] getDifficulties() {
    return Difficulty.values();
  }

  private QuestionFilter filter() {
    return new QuestionFilter(text, kind, stage, difficulty, competencyId, showArchived);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public void setKind(QuestionKind kind) {
    this.kind = kind;
  }

  public InterviewStage getStage() {
    return stage;
  }

  public void setStage(InterviewStage stage) {
    this.stage = stage;
  }

  public Difficulty getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(Difficulty difficulty) {
    this.difficulty = difficulty;
  }

  public String getCompetencyId() {
    return competencyId;
  }

  public void setCompetencyId(String competencyId) {
    this.competencyId = competencyId;
  }

  public boolean isShowArchived() {
    return showArchived;
  }

  public void setShowArchived(boolean showArchived) {
    this.showArchived = showArchived;
  }
}
