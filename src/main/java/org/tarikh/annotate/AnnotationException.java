package org.tarikh.annotate;

/** An article could not be annotated; the run records it and goes on. */
public class AnnotationException extends RuntimeException {

    public AnnotationException(String message, Throwable cause) {
        super(message, cause);
    }
}
