package app.coachroom.tenancy.application;

import static app.coachroom.identity.Role.COACH;
import static app.coachroom.identity.Role.STUDENT;
import static app.coachroom.identity.Role.TENANT_ADMIN;

import app.coachroom.identity.Caller;
import app.coachroom.identity.RequiresRole;
import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.tenancy.domain.Member;
import app.coachroom.tenancy.infrastructure.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What each person decides for themselves in the active bootcamp: whether to get reminders, the
 * timezone they see times in and the language they read (the bootcamp's unless they choose one).
 */
@ApplicationScoped
@Transactional
@RequiresRole({TENANT_ADMIN, COACH, STUDENT})
public class MyPreferences {
  @Inject MemberRepository members;
  @Inject Caller caller;

  public boolean remindersWanted() {
    return me().wantsReminders();
  }

  public void wantReminders(boolean wanted) {
    me().wantReminders(wanted);
    members.flush();
  }

  /** The zone the person chose, or empty for the bootcamp's. */
  public Optional<String> timezone() {
    return me().timezone();
  }

  /** The language the person chose, or empty for the bootcamp's. */
  public Optional<String> language() {
    return me().language();
  }

  /**
   * Saves the choices at once; an unknown zone or a language Coachroom does not ship is refused and
   * changes nothing.
   */
  public void save(boolean remindersWanted, String timezone, String language) {
    Member me = me();
    me.preferTimezone(timezone);
    me.preferLanguage(language);
    me.wantReminders(remindersWanted);
    members.flush();
  }

  private Member me() {
    return members
        .bySubject(caller.subject())
        .orElseThrow(() -> new NotFoundException("Member", caller.subject()));
  }
}
