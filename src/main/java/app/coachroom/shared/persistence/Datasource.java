package app.coachroom.shared.persistence;

/**
 * How the app finds its database. The server defines a datasource named {@code jdbc/CoachroomDS} in
 * its own global namespace: on WildFly that is {@code java:/jdbc/CoachroomDS}, on Payara the JDBC
 * resource {@code jdbc/CoachroomDS} (Payara forbids ':' in resource names, WildFly requires a
 * {@code java:} prefix, so no one literal name works on both). persistence.xml names it directly
 * (WildFly reads a bare name as {@code java:/...}); code looks it up through the resource reference
 * declared in web.xml and mapped in jboss-web.xml and glassfish-web.xml.
 */
public final class Datasource {
  /** The web.xml resource reference to the datasource, for {@code @Resource(lookup = ...)}. */
  public static final String REFERENCE = "java:comp/env/jdbc/CoachroomDS";

  private Datasource() {}
}
