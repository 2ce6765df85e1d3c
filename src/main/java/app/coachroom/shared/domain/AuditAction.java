package app.coachroom.shared.domain;

/** What was done; each has a message "audit.action.NAME" for the log page. */
public enum AuditAction {
  TENANT_CREATED,
  TENANT_RENAMED,
  TENANT_DEACTIVATED,
  TENANT_REACTIVATED,
  TENANT_SETTINGS_CHANGED,
  MEMBER_INVITED,
  MEMBER_ROLE_CHANGED,
  MEMBER_REMOVED
}
