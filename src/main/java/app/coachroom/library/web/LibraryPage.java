package app.coachroom.library.web;

import app.coachroom.identity.Caller;
import app.coachroom.identity.Role;
import app.coachroom.library.application.AuthoringTransfer;
import app.coachroom.library.application.ImportReport;
import app.coachroom.library.application.StarterPack;
import app.coachroom.library.application.StarterPackReport;
import app.coachroom.library.domain.Problem;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

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

  private List<String> problems = List.of();
  private String lastImported;
  private boolean starterChecked;
  private Instant starterImportedAt;

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

  /**
   * Imports an uploaded file (PrimeFaces uploads one at a time, with a progress bar). The same file
   * uploaded twice in a row on this page is not imported twice: a double submit would otherwise add
   * everything again.
   */
  public synchronized void upload(FileUploadEvent event) {
    problems = List.of();
    UploadedFile upload = event.getFile();
    if (upload.getSize() > AuthoringTransfer.MAX_CHARS) {
      problems = List.of(messages.text("import.tooLarge"));
      return;
    }
    byte[] bytes = upload.getContent();
    String hash = sha256(bytes);
    if (hash.equals(lastImported)) {
      messages.error("import.repeat", upload.getFileName());
      return;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      problems = List.of(messages.text("import.notUtf8"));
      return;
    }
    ImportReport report = transfer.importFile(text);
    if (!report.imported()) {
      problems = report.problems().stream().map(this::describe).toList();
      messages.error("import.refused", report.problems().size());
      return;
    }
    lastImported = hash;
    messages.info(
        "import.done",
        report.questions(),
        report.rubrics(),
        report.competenciesCreated(),
        report.competenciesReused());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public void importStarterPack() {
    try {
      StarterPackReport report = starterPack.importPack();
      starterImportedAt = report.importedAt();
      starterChecked = true;
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

  /** When the starter pack was imported here, or null (read once per page view). */
  public Instant getStarterImportedAt() {
    if (!starterChecked) {
      starterImportedAt = starterPack.importedAt().orElse(null);
      starterChecked = true;
    }
    return starterImportedAt;
  }

  public List<String> getProblems() {
    return problems;
  }
}
