package app.coachroom.tenancy.web;

import app.coachroom.tenancy.domain.Invitee;
import java.io.Serializable;

/** The e-mail and names an invitation form asks for (a person, a bootcamp's admin). */
public abstract class PersonFields implements Serializable {
  private static final long serialVersionUID = 1L;

  private String email;
  private String firstName;
  private String lastName;

  /** The typed person, checked; refused with the first problem at its field. */
  protected Invitee invitee() {
    return Invitee.of(email, firstName, lastName);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }
}
