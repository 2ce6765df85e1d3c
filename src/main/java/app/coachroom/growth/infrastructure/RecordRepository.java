package app.coachroom.growth.infrastructure;

import app.coachroom.growth.domain.CompetencyLevel;
import app.coachroom.growth.domain.CompetencyNote;
import app.coachroom.growth.domain.CompetencyStanding;
import app.coachroom.growth.domain.CompetencyTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The competency record's rows: levels per interview and standings per student. */
@ApplicationScoped
public class RecordRepository {
  @PersistenceContext EntityManager em;

  /** The levels one attempt gave. */
  public List<CompetencyLevel> levelsOfAttempt(String attemptId) {
    return em.createQuery(
            "select l from CompetencyLevel l where l.attemptId = :attempt", CompetencyLevel.class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  /** The notes one attempt gave. */
  public List<CompetencyNote> notesOfAttempt(String attemptId) {
    return em.createQuery(
            "select n from CompetencyNote n where n.attemptId = :attempt", CompetencyNote.class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  /** Every note of the tenant, in a stable order. */
  public List<CompetencyNote> allNotes() {
    return em.createQuery(
            "select n from CompetencyNote n order by n.attemptId, n.position, n.competencyId",
            CompetencyNote.class)
        .getResultList();
  }

  /** A student's levels in one competency, oldest interview first. */
  public List<CompetencyLevel> levels(String student, String competencyId) {
    return em.createQuery(
            "select l from CompetencyLevel l where l.student = :student"
                + " and l.competencyId = :competency order by l.handedInAt, l.attemptId",
            CompetencyLevel.class)
        .setParameter("student", student)
        .setParameter("competency", competencyId)
        .getResultList();
  }

  public Optional<CompetencyStanding> standing(String student, String competencyId) {
    return em.createQuery(
            "select s from CompetencyStanding s where s.student = :student"
                + " and s.competencyId = :competency",
            CompetencyStanding.class)
        .setParameter("student", student)
        .setParameter("competency", competencyId)
        .getResultStream()
        .findFirst();
  }

  /** All of a student's levels, oldest interview first. */
  public List<CompetencyLevel> levelsOf(String student) {
    return em.createQuery(
            "select l from CompetencyLevel l where l.student = :student"
                + " order by l.handedInAt, l.attemptId",
            CompetencyLevel.class)
        .setParameter("student", student)
        .getResultList();
  }

  /** All of a student's standings. */
  public List<CompetencyStanding> standingsOf(String student) {
    return em.createQuery(
            "select s from CompetencyStanding s where s.student = :student",
            CompetencyStanding.class)
        .setParameter("student", student)
        .getResultList();
  }

  /** All of a student's notes. */
  public List<CompetencyNote> notesOf(String student) {
    return em.createQuery(
            "select n from CompetencyNote n where n.student = :student", CompetencyNote.class)
        .setParameter("student", student)
        .getResultList();
  }

  /** Every level of the tenant, in a stable order. */
  public List<CompetencyLevel> allLevels() {
    return em.createQuery(
            "select l from CompetencyLevel l order by l.attemptId, l.competencyId",
            CompetencyLevel.class)
        .getResultList();
  }

  /** Every standing of the tenant, in a stable order. */
  public List<CompetencyStanding> allStandings() {
    return em.createQuery(
            "select s from CompetencyStanding s order by s.student, s.competencyId",
            CompetencyStanding.class)
        .getResultList();
  }

  /** Every competency's own target. */
  public List<CompetencyTarget> targets() {
    return em.createQuery("select t from CompetencyTarget t", CompetencyTarget.class)
        .getResultList();
  }

  public Optional<CompetencyTarget> target(String competencyId) {
    return em.createQuery(
            "select t from CompetencyTarget t where t.competencyId = :competency",
            CompetencyTarget.class)
        .setParameter("competency", competencyId)
        .getResultStream()
        .findFirst();
  }

  public void add(Object row) {
    em.persist(row);
  }

  public void remove(Object row) {
    em.remove(row);
  }

  public void flush() {
    em.flush();
  }
}
