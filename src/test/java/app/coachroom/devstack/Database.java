package app.coachroom.devstack;

/** Where the app's database is: JDBC URL and credentials, as WildFly will use them. */
public record Database(String url, String user, String password, boolean embedded) {}
