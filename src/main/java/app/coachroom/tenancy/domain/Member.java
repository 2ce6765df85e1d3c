package app.coachroom.tenancy.domain;

import app.coachroom.identity.Languages;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One person (a Keycloak subject) in one tenant: who they are, for the tenant admin's list, and
 * where their onboarding stands. Their roles are {@link Membership} rows. E-mail and names come
 * from the invitation and are refreshed from the ID token whenever the person signs in.
 */
@Entity
@Table(name = "member")
public class Member extends TenantOwned {
  @Column(nullable = false, length = 64, updatable = false)
  private String subject;

  @Column(length = Invitee.EMAIL_MAX)
  private String email;

  @Column(name = "first_name", length = Invitee.NAME_MAX)
  private String firstName;

  @Column(name = "last_name", length = Invitee.NAME_MAX)
  private String lastName;

  @Column(name = "invited_by", length = 200)
  private String invitedBy;

  @Column(name = "invitation_sent_at")
  private Instant invitationSentAt;

  @Column(name = "joined_at")
  private Instant joinedAt;

  @Column(name = "reminders_off", nullable = false)
  private boolean remindersOff;

  /** The zone this person sees times in; null for the bootcamp's. */
  @Column(length = 64)
  private String timezone;

  /** The language this person reads Coachroom in; null for the bootcamp's. */
  @Column(length = 35)
  private String language;

  @Version private long version;

  protected Member() {}

  /** Someone a tenant admin invited; they have not signed in to this tenant yet. */
  public Member(String subject, Invitee invitee, String invitedBy, Instant now) {
    super(now);
    this.subject = subject;
    this.email = invitee.email();
    this.firstName = invitee.firstName();
    this.lastName = invitee.lastName();
    this.invitedBy = invitedBy;
  }

  /** Someone who holds a role but has no member row (made before members were kept). */
  public static Member known(String subject, Instant now) {
    return new Member(subject, now);
  }

  /** A member of a named tenant, for platform-level code (like {@link Membership#inTenant}). */
  public static Member inTenant(String tenantId, String subject, Instant now) {
    Member member = new Member(subject, now);
    member.assignTenant(tenantId);
    return member;
  }

  private Member(String subject, Instant now) {
    super(now);
    this.subject = subject;
  }

  /**
   * Takes the person's current e-mail and names from their verified token (blank claims keep what
   * is stored) and notes the first sign-in. Returns true if anything changed.
   */
  public boolean recordSignIn(String email, String firstName, String lastName, Instant now) {
    boolean changed = false;
    String newEmail = blankToNull(email);
    if (newEmail != null && !newEmail.equalsIgnoreCase(Objects.toString(this.email, ""))) {
      this.email = Invitee.cut(newEmail.toLowerCase(Locale.ROOT), Invitee.EMAIL_MAX);
      changed = true;
    }
    String first = blankToNull(firstName);
    if (first != null && !first.equals(this.firstName)) {
      this.firstName = Invitee.cut(first, Invitee.NAME_MAX);
      changed = true;
    }
    String last = blankToNull(lastName);
    if (last != null && !last.equals(this.lastName)) {
      this.lastName = Invitee.cut(last, Invitee.NAME_MAX);
      changed = true;
    }
    if (joinedAt == null) {
      joinedAt = now;
      changed = true;
    }
    return changed;
  }

  /** Whether Coachroom e-mails this person reminders about what is due. */
  public void wantReminders(boolean wanted) {
    this.remindersOff = !wanted;
  }

  public boolean wantsReminders() {
    return !remindersOff;
  }

  /** Shows this person times in that zone; blank or null means the bootcamp's zone. */
  public void preferTimezone(String zone) {
    this.timezone = zone == null || zone.isBlank() ? null : Tenant.checkedTimezone(zone);
  }

  public Optional<String> timezone() {
    return Optional.ofNullable(timezone);
  }

  /** Shows this person Coachroom in a shipped language; blank or null means the bootcamp's. */
  public void preferLanguage(String tag) {
    if (tag != null && !tag.isBlank() && !Languages.isShipped(tag)) {
      throw new RuleViolationException("language", "preferences.language.unknown", tag);
    }
    this.language = tag == null || tag.isBlank() ? null : tag;
  }

  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  public void invitationSent(Instant now) {
    this.invitationSentAt = now;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String subject() {
    return subject;
  }

  public String email() {
    return email;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  /** "First Last", or the e-mail, or the subject when nothing else is known yet. */
  public String displayName() {
    String name =
        Stream.of(firstName, lastName).filter(Objects::nonNull).collect(Collectors.joining(" "));
    if (!name.isEmpty()) {
      return name;
    }
    return email != null ? email : subject;
  }

  public String invitedBy() {
    return invitedBy;
  }

  public Instant invitationSentAt() {
    return invitationSentAt;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  public boolean hasJoined() {
    return joinedAt != null;
  }

  public long version() {
    return version;
  }
}
