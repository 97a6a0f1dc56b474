package dev.quiver.core.engine.pull;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import java.util.List;
import java.util.Objects;

/**
 * What to compute: expressions on one subject over a range of session dates. Immutable.
 *
 * @param subject the asset the expressions are about
 * @param expressions the expressions as written (they become the column labels)
 * @param range the dates whose rows are returned; earlier bars are read as warm-up
 * @param alignment how other assets' values meet the subject's dates
 */
public record PullRequest(AssetId subject, List<String> expressions, DateRange range, Alignment alignment) {

    /** Copies the expressions and requires at least one. */
    public PullRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(alignment, "alignment");
        expressions = List.copyOf(expressions);
        if (expressions.isEmpty()) {
            throw new IllegalArgumentException("no expression to compute for " + subject);
        }
    }
}
