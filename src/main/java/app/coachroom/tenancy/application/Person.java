package app.coachroom.tenancy.application;

import java.io.Serializable;

/** A member of the active tenant as other features show them: who, by name and e-mail. */
public record Person(String subject, String name, String email) implements Serializable {

  /** "Name (e-mail)", or the name alone when the e-mail is not known. */
  public String label() {
    return email == null || email.equals(name) ? name : name + " (" + email + ")";
  }
}
