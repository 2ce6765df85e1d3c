package app.coachroom.audit.web;

import app.coachroom.audit.application.AuditEntry;
import app.coachroom.audit.application.AuditFilter;
import app.coachroom.audit.application.AuditLog;
import app.coachroom.identity.Caller;
import app.coachroom.shared.domain.AuditAction;
import app.coachroom.shared.web.CsvFile;
import app.coachroom.shared.web.PagedModel;
import app.coachroom.tenancy.application.Person;
import app.coachroom.tenancy.web.FoundPeople;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * Backs audit/audit.xhtml: the audit log, newest first, paged in SQL. A tenant admin sees their
 * tenant's and filters it by person (who acted or whom it was about), cohort and kind; the platform
 * admin outside any tenant sees every tenant's (the service decides).
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;
  @Inject Caller caller;

  private final FoundPeople found = new FoundPeople();
  private Person person;
  private String cohortId;
  private AuditAction action;
  private Map<String, String> cohorts;

  private final LazyDataModel<AuditEntry> model =
      new PagedModel<>(
          () -> audit.count(filter()),
          (first, size) -> audit.page(filter(), first, size),
          AuditEntry::id);

  private AuditFilter filter() {
    return new AuditFilter(person == null ? null : person.subject(), cohortId, action);
  }

  /** Whether the log is one bootcamp's, so it can be filtered by its people and cohorts. */
  public boolean isFiltered() {
    return caller.tenant().isPresent();
  }

  /** The whole log with the current filters as a CSV download, newest first. */
  public StreamedContent getExport() {
    List<List<String>> rows = new ArrayList<>();
    int size = 1000;
    AuditFilter filter = filter();
    for (int first = 0; ; first += size) {
      List<AuditEntry> page = audit.page(filter, first, size);
      page.forEach(
          e ->
              rows.add(
                  List.of(
                      e.at().toString(),
                      e.tenantName(),
                      e.actorName(),
                      e.action().name(),
                      Objects.toString(e.cohortName(), ""),
                      Objects.toString(e.aboutName(), ""),
                      Objects.toString(e.target(), ""),
                      Objects.toString(e.before(), ""),
                      Objects.toString(e.detail(), ""))));
      if (page.size() < size) {
        break;
      }
    }
    return CsvFile.download(
        "audit-log.csv",
        CsvFile.of(
            List.of(
                "when_utc",
                "bootcamp",
                "who",
                "action",
                "cohort",
                "about",
                "target",
                "before",
                "after"),
            rows));
  }

  /** Search-as-you-type for the person filter. */
  public List<Person> completePeople(String text) {
    return found.remember(audit.people(text));
  }

  public Converter<Person> getPersonConverter() {
    return found;
  }

  /** The cohorts to filter by, ID to name (read once per view). */
  public Map<String, String> getCohorts() {
    if (cohorts == null) {
      cohorts = audit.cohorts();
    }
    return cohorts;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public void clear() {
    person = null;
    cohortId = null;
    action = null;
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }

  public Person getPerson() {
    return person;
  }

  public void setPerson(Person person) {
    this.person = person;
  }

  public String getCohortId() {
    return cohortId;
  }

  public void setCohortId(String cohortId) {
    this.cohortId = cohortId == null || cohortId.isBlank() ? null : cohortId;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }
}
