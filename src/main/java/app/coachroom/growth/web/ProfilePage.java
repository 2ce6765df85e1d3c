package app.coachroom.growth.web;

import app.coachroom.growth.application.Profile;
import app.coachroom.growth.application.Profiles;
import app.coachroom.identity.Times;
import app.coachroom.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Locale;

/**
 * Backs growth/mine.xhtml (a student's own growth per competency, "My progress") and
 * growth/student.xhtml?student= (a student's, for a coach of their cohort or a tenant admin). The
 * service decides who may see whom.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Profiles profiles;
  @Inject Times times;
  @Inject Messages messages;

  private String student;
  private Profile profile;

  /** viewAction of growth/mine.xhtml: the student's own profile, read once per view. */
  public void loadMine() {
    if (profile == null) {
      profile = profiles.mine();
    }
  }

  /** viewAction of growth/student.xhtml: the named student's profile, read once per view. */
  public void loadStudent() {
    if (profile == null) {
      profile = profiles.of(student);
    }
  }

  /** Whether the caller reads their own profile (links then go to their attempt pages). */
  public boolean isOwn() {
    return student == null;
  }

  /**
   * The competency's levels over time as a Chart.js line chart, with its target as a dashed line;
   * the same numbers are in the table under it.
   */
  public String chart(Profile.Growth growth) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder levels = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    for (Profile.Point point : growth.levels()) {
      labels.add(times.day(point.handedInAt()));
      levels.add(Math.round(point.level()));
      target.add(growth.target());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", messages.text("growth.profile.level"))
                                .add("data", levels)
                                .add("borderColor", "#1d4ed8")
                                .add("backgroundColor", "#1d4ed8")
                                .add("tension", 0.2))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", messages.text("growth.profile.target"))
                                .add("data", target)
                                .add("borderColor", "#6b7280")
                                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                .add("pointRadius", 0))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
        .build()
        .toString();
  }

  /** A level as the page shows it: a whole number. */
  public String level(double level) {
    return String.format(Locale.ROOT, "%.0f", level);
  }

  public Profile getProfile() {
    return profile;
  }

  public String getStudent() {
    return student;
  }

  public void setStudent(String student) {
    this.student = student == null || student.isBlank() ? null : student;
  }
}
