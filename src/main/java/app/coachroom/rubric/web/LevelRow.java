package app.coachroom.rubric.web;

import java.io.Serializable;

/** One editable level of a criterion in the rubric editor. */
public class LevelRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private Integer points;
  private String descriptor;

  public LevelRow() {}

  public LevelRow(Integer points, String descriptor) {
    this.points = points;
    this.descriptor = descriptor;
  }

  public Integer getPoints() {
    return points;
  }

  public void setPoints(Integer points) {
    this.points = points;
  }

  public String getDescriptor() {
    return descriptor;
  }

  public void setDescriptor(String descriptor) {
    this.descriptor = descriptor;
  }
}
