package app.coachroom.tenancy.application;

import static app.coachroom.tenancy.domain.Role.COACH;
import static app.coachroom.tenancy.domain.Role.STUDENT;
import static app.coachroom.tenancy.domain.Role.TENANT_ADMIN;

import app.coachroom.shared.domain.NotFoundException;
import app.coachroom.tenancy.domain.Member;
import app.coachroom.tenancy.infrastructure.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What each person decides for themselves in the active bootcamp: whether to get reminders. */
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

  private Member me() {
    return members
        .bySubject(caller.subject())
        .orElseThrow(() -> new NotFoundException("Member", caller.subject()));
  }
}
