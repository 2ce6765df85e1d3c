package app.coachroom.tenancy.application;

import app.coachroom.identity.ActiveTenant;
import app.coachroom.identity.Caller;
import app.coachroom.identity.Languages;
import app.coachroom.identity.Role;
import app.coachroom.shared.mail.AppMail;
import app.coachroom.shared.text.Texts;
import app.coachroom.tenancy.domain.Invitee;
import app.coachroom.tenancy.infrastructure.KeycloakAdmin;
import app.coachroom.tenancy.infrastructure.KeycloakAdminException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invites people: adds them to the tenant (one transaction each), then asks Keycloak to e-mail
 * those without a password a link to set one and verify their address; people who can already sign
 * in get the app's own notice instead. The e-mail goes out after the member is committed, so a mail
 * failure never undoes an invitation; it is reported, and inviting again sends it again.
 */
@ApplicationScoped
public class Invitations {
  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

  /** How long the set-password link works: a week, so a weekend does not expire it. */
  static final int LINK_LIFESPAN_SECONDS = 7 * 24 * 3600;

  @Inject MemberAdministration members;
  @Inject KeycloakAdmin keycloak;
  @Inject AppMail mail;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "coachroom.oidc.client-id", defaultValue = "coachroom-app")
  String appClientId;

  /**
   * Invites one person. Refusals (bad input, Keycloak unreachable before anything was written) are
   * thrown; an e-mail that could not be sent is reported in the result.
   *
   * @param appUrl where the e-mail's link returns to after the password is set
   */
  public Invitation invite(Invitee invitee, Role role, String appUrl) {
    Invitation added = members.add(invitee, role);
    if (added.needsSetup()) {
      return sendMail(added, appUrl);
    }
    if (added.memberAdded() || added.roleAdded()) {
      return added.withMail(notify(invitee.email(), invitee.firstName(), role, appUrl), null);
    }
    return added;
  }

  /**
   * Tells someone who can already sign in that they have been added (the app's own mail; Keycloak
   * has nothing to send them).
   */
  private boolean notify(String email, String firstName, Role role, String appUrl) {
    // new to this bootcamp, so they have chosen no language here yet: the bootcamp's
    Locale language = Languages.resolve(caller.tenant().map(ActiveTenant::locale).orElse(null));
    String tenant = caller.tenant().map(ActiveTenant::name).orElse("Coachroom");
    String roleName = Texts.format(language, "role." + role.name());
    return mail.send(
        email,
        Texts.format(language, "mail.added.subject", tenant),
        Texts.format(
            language,
            "mail.added.text",
            firstName,
            caller.displayName(),
            tenant,
            roleName,
            appUrl));
  }

  /** Sends the set-password e-mail again to a member who has not signed in yet. */
  public Invitation resend(String memberId, String appUrl) {
    Invitation invitation = members.reinvite(memberId);
    String subject = members.subjectOf(memberId);
    boolean hasPassword;
    try {
      hasPassword = keycloak.hasPassword(subject);
    } catch (KeycloakAdminException e) {
      return invitation.withMail(false, mailProblem(e));
    }
    if (hasPassword) {
      // they can sign in already: a set-password link would only confuse; remind them instead
      MemberRow member = members.find(memberId);
      return invitation.withMail(
          notify(member.email(), firstNameOf(member), member.roles().get(0), appUrl), null);
    }
    return sendMail(invitation, appUrl);
  }

  private static String firstNameOf(MemberRow member) {
    int space = member.name().indexOf(' ');
    return space > 0 ? member.name().substring(0, space) : member.name();
  }

  private static String mailProblem(KeycloakAdminException e) {
    return e.kind() == KeycloakAdminException.Kind.UNREACHABLE
        ? "member.mail.unreachable"
        : "member.mail.refused";
  }

  private Invitation sendMail(Invitation invitation, String appUrl) {
    List<String> actions = new ArrayList<>(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
    try {
      keycloak.sendActionsEmail(
          members.subjectOf(invitation.memberId()),
          actions,
          appClientId,
          appUrl,
          LINK_LIFESPAN_SECONDS);
    } catch (KeycloakAdminException e) {
      LOG.log(
          Level.WARNING,
          "Invitation e-mail to " + invitation.email() + " failed: " + e.getMessage(),
          e.kind() == KeycloakAdminException.Kind.UNREACHABLE ? null : e);
      return invitation.withMail(false, mailProblem(e));
    }
    members.invitationSent(invitation.memberId());
    return invitation.withMail(true, null);
  }
}
