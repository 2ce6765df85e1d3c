package app.coachroom.tenancy.web;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.Invitation;
import app.coachroom.tenancy.application.Invitations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs tenancy/invite.xhtml: invites one person by e-mail with a role. */
@Named
@ViewScoped
public class InviteForm extends PersonFields {
  private static final long serialVersionUID = 1L;

  @Inject Invitations invitations;
  @Inject Messages messages;

  private Role role = Role.STUDENT;

  public String invite() {
    try {
      Invitation done = invitations.invite(invitee(), role, AppUrl.current());
      String roleName = messages.text("role." + role.name());
      if (!done.memberAdded() && !done.roleAdded() && done.mailSent()) {
        messages.flashInfo("member.resent", done.email());
      } else if (!done.memberAdded() && !done.roleAdded()) {
        messages.flashInfo("member.invite.already", done.email(), roleName);
      } else if (!done.memberAdded()) {
        messages.flashInfo("member.invite.roleAdded", done.email(), roleName);
      } else if (done.needsSetup()) {
        messages.flashInfo("member.invite.mailed", done.email(), roleName);
      } else {
        messages.flashInfo("member.invite.existingAccount", done.email(), roleName);
      }
      if (done.needsSetup() && !done.mailSent()) {
        messages.flashWarn(done.mailProblemKey(), done.email());
      } else if (!done.needsSetup() && (done.memberAdded() || done.roleAdded())) {
        if (done.mailSent()) {
          messages.flashInfo("member.invite.noticeSent", done.email());
        } else {
          messages.flashWarn("member.invite.noticeNotSent", done.email());
        }
      }
      return "/tenancy/members?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("invite", e);
      return null;
    }
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
