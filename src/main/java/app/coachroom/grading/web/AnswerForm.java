package app.coachroom.grading.web;

import app.coachroom.grading.domain.AnswerGrade;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the review screen's form holds for one answer: a picked level per criterion (as points), a
 * comment, and for an automatically scored answer an override with its reason.
 */
public class AnswerForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<Pick> picks = new ArrayList<>();
  private String comment;
  private Integer override;
  private String reason;

  static AnswerForm of(AnswerGrade grade) {
    AnswerForm form = new AnswerForm();
    grade.levels().forEach(points -> form.picks.add(new Pick(points)));
    form.comment = grade.comment();
    form.override = grade.overridePoints();
    form.reason = grade.overrideReason();
    return form;
  }

  AnswerGrade grade() {
    List<Integer> levels = new ArrayList<>();
    picks.forEach(p -> levels.add(p.getPoints()));
    return new AnswerGrade(levels, comment, override, reason);
  }

  public List<Pick> getPicks() {
    return picks;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Integer getOverride() {
    return override;
  }

  public void setOverride(Integer override) {
    this.override = override;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The level picked for one criterion, as its points (null: none yet). */
  public static class Pick implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer points;

    Pick(Integer points) {
      this.points = points;
    }

    public Integer getPoints() {
      return points;
    }

    public void setPoints(Integer points) {
      this.points = points;
    }
  }
}
