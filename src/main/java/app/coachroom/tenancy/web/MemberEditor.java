package app.coachroom.tenancy.web;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.MemberAdministration;
import app.coachroom.tenancy.application.MemberRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Backs tenancy/member.xhtml (?id=...): one member, their roles changed or they removed. */
@Named
@ViewScoped
public class MemberEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberAdministration members;
  @Inject Messages messages;

  private String id;
  private MemberRow member;
  private List<Role> roles = new ArrayList<>();

  /** viewAction: loads the member; an unknown or foreign ID gives the 404 page. */
  public void load() {
    if (member == null) {
      show(members.find(id));
    }
  }

  private void show(MemberRow row) {
    member = row;
    roles = new ArrayList<>(row.roles());
  }

  public String save() {
    try {
      MemberRow saved =
          members.changeRoles(
              member.id(),
              member.version(),
              roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
      messages.flashInfo("member.roles.saved", saved.name());
      return "/tenancy/members?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("member", e);
    } catch (OptimisticLockException e) {
      messages.error("member.conflict");
    }
    return null;
  }

  public String remove() {
    try {
      members.remove(member.id(), member.version());
      messages.flashInfo("member.removed", member.name());
      return "/tenancy/members?faces-redirect=true";
    } catch (RuleViolationException e) {
      messages.fieldError("member", e);
    } catch (OptimisticLockException e) {
      messages.error("member.conflict");
    }
    return null;
  }

  public List<Role> getAllRoles() {
    return List.of(Role.values());
  }

  public MemberRow getMember() {
    return member;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }
}
