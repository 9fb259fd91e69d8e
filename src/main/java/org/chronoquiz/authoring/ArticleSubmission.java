package org.chronoquiz.authoring;

import java.util.List;

/**
 * An article as an instructor hands it in (the browser's form or {@code article add}), before validation.
 * {@code published} is the date as typed (YYYY-MM-DD); {@code text} is already decoded from its file.
 */
public record ArticleSubmission(String title, String outlet, String published, boolean stateOwned, String text) {
    public static final List<String> FIELDS = List.of("title", "outlet", "published", "state_owned", "text");
}
