package app.coachroom.tenancy.web;

import app.coachroom.identity.Role;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.CsvFile;
import app.coachroom.shared.web.Messages;
import app.coachroom.shared.web.PagedModel;
import app.coachroom.tenancy.application.Invitation;
import app.coachroom.tenancy.application.Invitations;
import app.coachroom.tenancy.application.MemberAdministration;
import app.coachroom.tenancy.application.MemberRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Backs tenancy/members.xhtml: the tenant's people, searched by name or e-mail and filtered by role
 * in a lazy table, with resend-invitation and remove.
 */
@Named
@ViewScoped
public class MemberList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberAdministration members;
  @Inject Invitations invitations;
  @Inject Messages messages;

  private String text;
  private Role role;

  private final LazyDataModel<MemberRow> model =
      new PagedModel<>(
          () -> members.count(text, role),
          (first, size) -> members.page(text, role, first, size),
          MemberRow::id);

  public LazyDataModel<MemberRow> getModel() {
    return model;
  }

  public void resend(MemberRow row) {
    try {
      Invitation sent = invitations.resend(row.id(), AppUrl.current());
      if (sent.mailSent()) {
        messages.info("member.resent", row.email());
      } else {
        messages.error(sent.mailProblemKey(), row.email());
      }
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  public void remove(MemberRow row) {
    try {
      members.remove(row.id(), row.version());
      messages.info("member.removed", row.name());
    } catch (OptimisticLockException e) {
      messages.error("member.conflict");
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
  }

  /** The members matching the current filters as a CSV download. */
  public StreamedContent getExport() {
    List<List<String>> rows =
        members.all(text, role).stream()
            .map(
                m ->
                    List.of(
                        Objects.toString(m.email(), ""),
                        m.name(),
                        m.roles().stream()
                            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .collect(Collectors.joining(" ")),
                        m.joined() ? "joined" : "invited",
                        m.joinedAt() == null ? "" : m.joinedAt().toString(),
                        Objects.toString(m.invitedBy(), "")))
            .toList();
    return CsvFile.download(
        "people.csv",
        CsvFile.of(
            List.of("email", "name", "roles", "status", "joined_at_utc", "invited_by"), rows));
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
