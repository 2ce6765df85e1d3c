package app.coachroom.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link RequiresRole} in the service layer, whatever the page rendered. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RequiresRoleInterceptor {
  @Inject Caller caller;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    RequiresRole rule = invocation.getMethod().getAnnotation(RequiresRole.class);
    if (rule == null) {
      rule = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
    }
    caller.requireAnyRole(rule.value());
    return invocation.proceed();
  }
}
