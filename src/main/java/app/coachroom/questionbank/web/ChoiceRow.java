package app.coachroom.questionbank.web;

import java.io.Serializable;

/** One editable line of a multiple-choice question in the editor. */
public class ChoiceRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String text;
  private boolean correct;

  public ChoiceRow() {}

  public ChoiceRow(String text, boolean correct) {
    this.text = text;
    this.correct = correct;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isCorrect() {
    return correct;
  }

  public void setCorrect(boolean correct) {
    this.correct = correct;
  }
}
