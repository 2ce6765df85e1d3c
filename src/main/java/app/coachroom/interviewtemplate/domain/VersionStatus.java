package app.coachroom.interviewtemplate.domain;

/** Where a template version is in its life. Only a draft can change. */
public enum VersionStatus {
  /** Being edited; never assigned. At most one per template, always the newest version. */
  DRAFT,
  /** Frozen and the one new assignments get. At most one per template. */
  PUBLISHED,
  /** Frozen and replaced by a newer published version; kept for what already refers to it. */
  SUPERSEDED
}
