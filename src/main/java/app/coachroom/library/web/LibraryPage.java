package app.coachroom.library.web;

import app.coachroom.library.application.AuthoringTransfer;
import app.coachroom.library.application.ImportReport;
import app.coachroom.library.application.StarterPack;
import app.coachroom.library.application.StarterPackReport;
import app.coachroom.library.domain.Problem;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.Caller;
import app.coachroom.tenancy.domain.Role;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Backs library/library.xhtml: export the question bank and rubrics as JSON, import such a file
 * (all or nothing, with every problem listed), and, for tenant admins, the starter pack.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuthoringTransfer transfer;
  @Inject StarterPack starterPack;
  @Inject Caller caller;
  @Inject Messages messages;
  @Inject Clock clock;

  private transient Part file;
  private List<String> problems = List.of();

  /** Sends the tenant's question bank and rubrics as a JSON download. */
  public void export() throws IOException {
    byte[] json = transfer.export().getBytes(StandardCharsets.UTF_8);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/json; charset=UTF-8");
    external.setResponseContentLength(json.length);
    String tenant = caller.tenant().map(t -> t.alias()).orElse("tenant");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"coachroom-"
            + tenant.replaceAll("[^A-Za-z0-9_-]", "")
            + "-bank-"
            + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            + ".json\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(json);
    }
    faces.responseComplete();
  }

  public void importFile() {
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      messages.error("import.noFile");
      return;
    }
    if (file.getSize() > AuthoringTransfer.MAX_CHARS) {
      problems = List.of(messages.text("import.tooLarge"));
      return;
    }
    String text;
    try (InputStream in = file.getInputStream()) {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
              .toString();
    } catch (CharacterCodingException e) {
      problems = List.of(messages.text("import.notUtf8"));
      return;
    } catch (IOException e) {
      messages.error("import.unreadable");
      return;
    }
    ImportReport report = transfer.importFile(text);
    if (!report.imported()) {
      problems = report.problems().stream().map(this::describe).toList();
      messages.error("import.refused", report.problems().size());
      return;
    }
    messages.info(
        "import.done",
        report.questions(),
        report.rubrics(),
        report.competenciesCreated(),
        report.competenciesReused());
  }

  public void importStarterPack() {
    try {
      StarterPackReport report = starterPack.importPack();
      messages.info(
          "starter.imported",
          report.questions(),
          report.rubrics(),
          report.templates(),
          report.courses(),
          report.competencies());
    } catch (RuleViolationException e) {
      messages.fieldError("starterForm", e);
    }
  }

  private String describe(Problem p) {
    String what = messages.text(p.messageKey(), p.args());
    if (p.section() == null) {
      return what;
    }
    String where =
        messages.text("import.where." + p.section(), p.entry(), p.title() == null ? "" : p.title());
    return where + " " + what;
  }

  public boolean isTenantAdmin() {
    return caller.hasAnyRole(Role.TENANT_ADMIN);
  }

  /** When the starter pack was imported here, as text, or null. */
  public String getStarterImportedAt() {
    return starterPack
        .importedAt()
        .map(i -> i.toString().substring(0, 16).replace('T', ' '))
        .orElse(null);
  }

  public List<String> getProblems() {
    return problems;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
