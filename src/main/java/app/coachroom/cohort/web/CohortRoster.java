package app.coachroom.cohort.web;

import app.coachroom.cohort.application.RosterRow;
import app.coachroom.cohort.application.RosterService;
import app.coachroom.cohort.domain.CohortMember;
import app.coachroom.cohort.domain.CohortRole;
import app.coachroom.shared.domain.RuleViolationException;
import app.coachroom.shared.web.Messages;
import app.coachroom.tenancy.application.Person;
import app.coachroom.tenancy.web.FoundPeople;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the roster part of cohort.xhtml: the cohort's coaches and students, people added by
 * searching the bootcamp's members (picked one by one into a list, then added together), removed in
 * bulk, and students' extra time.
 */
@Named
@ViewScoped
public class CohortRoster implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RosterService rosters;
  @Inject Messages messages;

  private String cohortId;
  private final Map<CohortRole, List<RosterRow>> rows = new java.util.EnumMap<>(CohortRole.class);
  private final List<Person> studentsToAdd = new ArrayList<>();
  private final List<Person> coachesToAdd = new ArrayList<>();
  private Person studentFound;
  private Person coachFound;
  private List<RosterRow> selectedStudents = new ArrayList<>();
  private List<RosterRow> selectedCoaches = new ArrayList<>();
  private final FoundPeople found = new FoundPeople();
  private final Map<String, BigDecimal> multipliers = new HashMap<>();

  /** Called by the page's viewAction once the cohort is known to be visible. */
  public void load(String cohortId) {
    this.cohortId = cohortId;
    reload();
  }

  private void reload() {
    List<RosterRow> all = rosters.roster(cohortId, null);
    for (CohortRole role : CohortRole.values()) {
      rows.put(role, all.stream().filter(r -> r.role() == role).toList());
    }
    multipliers.clear();
    all.forEach(r -> multipliers.put(r.subject(), r.timeMultiplier()));
  }

  /** Search-as-you-type: members who could join in that role. */
  public List<Person> complete(String text, CohortRole role) {
    return found.remember(rosters.candidates(cohortId, role, text));
  }

  public List<Person> completeStudents(String text) {
    return complete(text, CohortRole.STUDENT);
  }

  public List<Person> completeCoaches(String text) {
    return complete(text, CohortRole.COACH);
  }

  public void addStudents() {
    add(CohortRole.STUDENT, studentsToAdd);
  }

  public void addCoaches() {
    add(CohortRole.COACH, coachesToAdd);
  }

  private void add(CohortRole role, List<Person> people) {
    try {
      int added = rosters.add(cohortId, role, people.stream().map(Person::subject).toList());
      messages.info("roster.added." + role.name(), added);
      people.clear();
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
    reload();
  }

  public void removeSelectedStudents() {
    remove(selectedStudents);
  }

  public void removeSelectedCoaches() {
    remove(selectedCoaches);
  }

  private void remove(List<RosterRow> selected) {
    if (selected.isEmpty()) {
      messages.error("roster.remove.none");
      return;
    }
    try {
      messages.info(
          "roster.removed",
          rosters.remove(cohortId, selected.stream().map(RosterRow::subject).toList()));
      selected.clear();
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    }
    reload();
  }

  /** Saves the extra time chosen in the row's menu. */
  public void accommodate(RosterRow row) {
    try {
      RosterRow saved =
          rosters.accommodate(
              cohortId, row.subject(), row.version(), multipliers.get(row.subject()));
      messages.info("roster.accommodated", saved.name(), saved.timeMultiplier().toPlainString());
    } catch (RuleViolationException e) {
      messages.error(e.messageKey(), e.args());
    } catch (OptimisticLockException e) {
      messages.error("roster.conflict");
    }
    reload();
  }

  public List<RosterRow> getCoaches() {
    return rows.get(CohortRole.COACH);
  }

  public List<RosterRow> getStudents() {
    return rows.get(CohortRole.STUDENT);
  }

  /** A person chosen in the search box joins the list of people to add (once). */
  public void pickStudent() {
    pick(studentFound, studentsToAdd);
    studentFound = null;
  }

  public void pickCoach() {
    pick(coachFound, coachesToAdd);
    coachFound = null;
  }

  private static void pick(Person person, List<Person> people) {
    if (person != null && people.stream().noneMatch(p -> p.subject().equals(person.subject()))) {
      people.add(person);
    }
  }

  public void unpick(Person person) {
    studentsToAdd.removeIf(p -> p.subject().equals(person.subject()));
    coachesToAdd.removeIf(p -> p.subject().equals(person.subject()));
  }

  public List<Person> getStudentsToAdd() {
    return studentsToAdd;
  }

  public List<Person> getCoachesToAdd() {
    return coachesToAdd;
  }

  public Person getStudentFound() {
    return studentFound;
  }

  public void setStudentFound(Person person) {
    this.studentFound = person;
  }

  public Person getCoachFound() {
    return coachFound;
  }

  public void setCoachFound(Person person) {
    this.coachFound = person;
  }

  public List<RosterRow> getSelectedStudents() {
    return selectedStudents;
  }

  public void setSelectedStudents(List<RosterRow> rows) {
    this.selectedStudents = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
  }

  public List<RosterRow> getSelectedCoaches() {
    return selectedCoaches;
  }

  public void setSelectedCoaches(List<RosterRow> rows) {
    this.selectedCoaches = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
  }

  /** Each roster row's extra time as its menu shows and changes it, by subject. */
  public Map<String, BigDecimal> getMultiplierOf() {
    return multipliers;
  }

  public List<BigDecimal> getMultipliers() {
    return CohortMember.OFFERED_MULTIPLIERS;
  }

  /** Turns the autocomplete's chips back into the people found by this view's searches. */
  public Converter<Person> getPersonConverter() {
    return found;
  }
}
