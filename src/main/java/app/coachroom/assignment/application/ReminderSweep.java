package app.coachroom.assignment.application;

import app.coachroom.assignment.domain.ReminderKind;
import app.coachroom.shared.mail.AppMail;
import app.coachroom.shared.mail.MailText;
import app.coachroom.shared.web.Times;
import app.coachroom.tenancy.application.Caller;
import app.coachroom.tenancy.application.TenantDirectory;
import app.coachroom.tenancy.application.TenantDirectory.ReminderSchedule;
import app.coachroom.tenancy.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass over every active bootcamp: claims the reminders due now, e-mails them after the claim
 * has committed, and records the outcome. Several servers may run it at once; each reminder is
 * claimed, and so sent, by one of them only.
 */
@ApplicationScoped
public class ReminderSweep {
  private static final Logger LOG = Logger.getLogger(ReminderSweep.class.getName());

  @Inject TenantDirectory directory;
  @Inject Reminders reminders;
  @Inject Caller caller;
  @Inject AppMail mail;
  @Inject Times times;
  @Inject MailText mailText;

  /** Runs one pass; returns how many reminders were sent. */
  @ActivateRequestContext
  public int sweep() {
    int sent = 0;
    for (ReminderSchedule schedule : directory.reminderSchedules()) {
      caller.actAsSystem(schedule.tenant(), Set.of(Role.COACH));
      List<OutgoingReminder> claimed;
      try {
        claimed = reminders.claim(schedule.hoursBeforeDue());
      } catch (RuntimeException e) {
        // most often another server claimed the same reminders a moment earlier
        LOG.log(Level.FINE, "Reminders of " + schedule.tenant().alias() + " skipped this pass", e);
        continue;
      }
      List<String> ok = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (OutgoingReminder reminder : claimed) {
        boolean delivered = mail.send(reminder.email(), subject(reminder), text(reminder));
        (delivered ? ok : failed).add(reminder.reminderId());
      }
      if (!claimed.isEmpty()) {
        reminders.record(ok, failed);
      }
      sent += ok.size();
    }
    return sent;
  }

  private String subject(OutgoingReminder reminder) {
    return mailText.format("reminder." + key(reminder.kind()) + ".subject", reminder.title());
  }

  private String text(OutgoingReminder reminder) {
    return mailText.format(
        "reminder." + key(reminder.kind()) + ".text",
        reminder.name(),
        reminder.title(),
        times.at(reminder.dueAt()),
        mailText.link("reminder.link", "assignment/dashboard.xhtml"));
  }

  private static String key(ReminderKind kind) {
    return kind == ReminderKind.OPENED ? "opened" : "dueSoon";
  }
}
