package app.coachroom.attempt.web;

import app.coachroom.attempt.application.AttemptService;
import app.coachroom.attempt.application.AttemptView;
import app.coachroom.attempt.application.SavedAnswer;
import app.coachroom.attempt.domain.AnswerInput;
import app.coachroom.attempt.domain.AnswerJson;
import app.coachroom.attempt.domain.Phase;
import app.coachroom.questionbank.domain.DiagramImage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.extensions.model.monacoeditor.EditorMinimapOptions;
import org.primefaces.extensions.model.monacoeditor.EditorOptions;

/**
 * Backs take.xhtml (?attempt=...): the current question with its saved answer and the server's
 * clock. Everything the student does on it goes through {@link AttemptApi}; the page is reloaded
 * when the server's clock moves to another question. Reviewing and handed-in attempts have pages of
 * their own.
 */
@Named
@RequestScoped
public class TakePage {
  @Inject AttemptService attempts;

  private String attempt;
  private AttemptView view;

  /** viewAction: another person's or an unknown attempt gives the 404 page. */
  public String load() {
    view = attempts.current(attempt);
    if (view.phase() == Phase.REVIEWING) {
      return "/attempt/review?faces-redirect=true&attempt=" + attempt;
    }
    if (view.phase() == Phase.SUBMITTED) {
      return "/attempt/attempt?faces-redirect=true&attempt=" + attempt;
    }
    return null;
  }

  /**
   * The saved answer as JSON for the page's script to put into the fields (a data attribute keeps
   * it exact: a textarea's markup would lose a leading line break).
   */
  public String getSavedJson() {
    SavedAnswer answer = view.answer();
    if (answer == null) {
      return "{}";
    }
    return AnswerJson.write(new PageAnswer(answer.text(), answer.star(), answer.choices()));
  }

  /** The saved answer as the page's script reads it. */
  public record PageAnswer(String text, AnswerInput.Star star, List<Integer> choices) {}

  /** The largest diagram taken, so the page can say so before uploading anything bigger. */
  public int getDiagramMaxBytes() {
    return DiagramImage.MAX_BYTES;
  }

  /** The image types a diagram may be, for the file input's {@code accept}. */
  public String getDiagramTypes() {
    return DiagramImage.ACCEPTED_TYPES;
  }

  /** The code in the editor: the saved answer, else the question's starter code. */
  public String getCode() {
    if (view.answer() == null) {
      return "";
    }
    if (!view.answer().isEmpty() || view.question().starterCode() == null) {
      return view.answer().text();
    }
    return view.question().starterCode();
  }

  /** The code editor: the question's language, no minimap, Tab moves focus on Ctrl+M. */
  public EditorOptions getEditorOptions() {
    return new EditorOptions()
        .setLanguage(view.question().editorLanguage())
        .setAriaLabel(view.question().title())
        .setMinimap(new EditorMinimapOptions().setEnabled(false))
        .setScrollBeyondLastLine(false)
        .setAutomaticLayout(true)
        .setFontSize(14);
  }

  public String getAttempt() {
    return attempt;
  }

  public void setAttempt(String attempt) {
    this.attempt = attempt;
  }

  public AttemptView getView() {
    return view;
  }
}
