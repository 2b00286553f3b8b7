package io.dvmaven.templates;

/**
 * A template could not be rendered: a template file is missing or broken, or uses a variable the view
 * does not have. Usually caused by a user override in the template directory.
 */
public final class TemplateException extends Exception {

    private final String templateName;

    public TemplateException(String templateName, String message, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
    }

    /** The template that failed, e.g. {@code hub.sql.mustache}. */
    public String templateName() {
        return templateName;
    }
}
