package app.coachroom.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class (and its subclasses) whose deployment is one of the two standard ones: {@link
 * Deployments#realWar()} tested from outside ({@code testable = false}), or {@link
 * Deployments#realWarWithTests()} run inside ({@link InContainerTest}). Such a deployment stays on
 * the server after the class, and the next class marked with the same kind uses it as it is (see
 * {@link SharedDeployments}). A class that changes its WAR must not carry this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface SharedDeployment {}
