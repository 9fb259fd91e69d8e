package org.chronoquiz.web;

/**
 * A form post whose CSRF token is missing, wrong or expired. It is refused (403) like any forgery, but the page
 * shows the person what they typed, so an expired form costs them a copy and paste rather than their work.
 */
public final class ExpiredForm extends RuntimeException {
    public ExpiredForm() {
        super("The form has expired or did not come from this site.");
    }
}
