package app.coachroom.interviewtemplate.application;

import app.coachroom.interviewtemplate.domain.VersionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A template with its version history and the version a coach edits (the draft, or else the
 * newest); the version number guards against stale edits.
 */
public record TemplateDetails(
    String id, long version, boolean archived, List<VersionInfo> versions, VersionView working)
    implements Serializable {

  /** One line of the history. */
  public record VersionInfo(
      int number, VersionStatus status, Instant publishedAt, Instant updatedAt)
      implements Serializable {}

  public Integer publishedNumber() {
    return number(VersionStatus.PUBLISHED);
  }

  public Integer draftNumber() {
    return number(VersionStatus.DRAFT);
  }

  private Integer number(VersionStatus status) {
    return versions.stream()
        .filter(v -> v.status() == status)
        .map(VersionInfo::number)
        .findFirst()
        .orElse(null);
  }
}
