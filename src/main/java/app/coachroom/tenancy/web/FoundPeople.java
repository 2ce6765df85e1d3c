package app.coachroom.tenancy.web;

import app.coachroom.tenancy.application.Person;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a view's search-as-you-type found, and the converter that turns an autocomplete's
 * choice back into one of them: a subject the view did not find is no choice at all.
 */
public final class FoundPeople implements Converter<Person>, Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Person> found = new HashMap<>();

  /** Remembers what a search found and returns it. */
  public List<Person> remember(List<Person> people) {
    people.forEach(p -> found.put(p.subject(), p));
    return people;
  }

  @Override
  public Person getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null ? null : found.get(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Person value) {
    return value == null ? "" : value.subject();
  }
}
