package app.coachroom.tenancy.application;

import java.io.Serializable;

/**
 * What inviting one person did: whether Coachroom made their Keycloak account, made them a member
 * or only gave them another role, and whether Keycloak's set-password e-mail went out.
 */
public record Invitation(
    String email,
    String memberId,
    boolean accountCreated,
    boolean memberAdded,
    boolean roleAdded,
    boolean needsSetup,
    boolean mailSent,
    String mailProblemKey)
    implements Serializable {

  Invitation withMail(boolean sent, String problemKey) {
    return new Invitation(
        email, memberId, accountCreated, memberAdded, roleAdded, needsSetup, sent, problemKey);
  }
}
