package app.coachroom.tenancy.application;

import app.coachroom.identity.Role;
import app.coachroom.tenancy.domain.InviteCsv;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of a bulk invitation: the file's rows and, as the run goes, each row's outcome. Read by
 * the page while a background thread fills it in; every field the page reads is safe to read
 * concurrently.
 */
public final class BulkInviteJob {
  /** What happened to one row. */
  public enum Outcome {
    PENDING,
    /** Added; Keycloak e-mailed a link to set a password. */
    INVITED,
    /** Added; they have an account with a password already. */
    ADDED,
    /** A member already; got this role in addition. */
    ROLE_ADDED,
    /** Held this role already; nothing changed. */
    UNCHANGED,
    /** Added, but the e-mail could not be sent; "Send invitation again" on People. */
    MAIL_FAILED,
    /** Not added (Keycloak unreachable or refused); retrying is safe. */
    FAILED
  }

  /** A row of the file and its outcome. */
  public static final class Entry {
    private final InviteCsv.Row row;
    private volatile Outcome outcome = Outcome.PENDING;
    private volatile String messageKey;

    Entry(InviteCsv.Row row) {
      this.row = row;
    }

    public int line() {
      return row.line();
    }

    public String email() {
      return row.invitee().email();
    }

    public String name() {
      return row.firstName() + " " + row.lastName();
    }

    public Role role() {
      return row.role();
    }

    public Outcome outcome() {
      return outcome;
    }

    /** Why the row failed (a message key taking the e-mail as argument), else null. */
    public String messageKey() {
      return messageKey;
    }

    InviteCsv.Row row() {
      return row;
    }

    void finish(Outcome outcome, String messageKey) {
      this.messageKey = messageKey;
      this.outcome = outcome;
    }
  }

  private final String id;
  private final String tenantId;
  private final String adminSubject;
  private final List<Entry> entries;
  private final AtomicInteger todo = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private volatile boolean running;
  private volatile Instant finishedAt;

  BulkInviteJob(String id, String tenantId, String adminSubject, List<InviteCsv.Row> rows) {
    this.id = id;
    this.tenantId = tenantId;
    this.adminSubject = adminSubject;
    this.entries = rows.stream().map(Entry::new).toList();
  }

  public String id() {
    return id;
  }

  String tenantId() {
    return tenantId;
  }

  String adminSubject() {
    return adminSubject;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Marks the entries for a (re)run; returns them. */
  synchronized List<Entry> begin(boolean failedOnly) {
    List<Entry> batch =
        entries.stream()
            .filter(
                e ->
                    !failedOnly
                        || e.outcome() == Outcome.FAILED
                        || e.outcome() == Outcome.MAIL_FAILED)
            .toList();
    batch.forEach(e -> e.finish(Outcome.PENDING, null));
    todo.set(batch.size());
    done.set(0);
    running = true;
    finishedAt = null;
    return batch;
  }

  void stepDone() {
    done.incrementAndGet();
  }

  void end(Instant now) {
    finishedAt = now;
    running = false;
  }

  public boolean running() {
    return running;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  /** Percent of this run's rows handled, 0 to 100. */
  public int percent() {
    int total = todo.get();
    return total == 0 ? 100 : done.get() * 100 / total;
  }

  public long count(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).count();
  }

  public boolean hasFailures() {
    return count(Outcome.FAILED) + count(Outcome.MAIL_FAILED) > 0;
  }
}
