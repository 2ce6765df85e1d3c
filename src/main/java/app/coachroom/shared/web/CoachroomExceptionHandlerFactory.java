package app.coachroom.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Wraps PrimeFaces' handler so not-found and forbidden become real 404/403 responses. */
public class CoachroomExceptionHandlerFactory extends ExceptionHandlerFactory {

  public CoachroomExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new StatusExceptionHandler(getWrapped().getExceptionHandler());
  }
}
