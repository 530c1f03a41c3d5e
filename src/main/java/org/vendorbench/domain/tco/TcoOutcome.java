package org.vendorbench.domain.tco;

import java.util.Objects;
import java.util.Optional;

/**
 * Either a {@link TcoResult} or the reason there is none (never a zero TCO). {@code reasonCode} is
 * {@code NO_PRICING} (the {@code listed} reason of the evaluate JSON) and {@code reason} the text.
 */
public record TcoOutcome(TcoResult result, String reasonCode, String reason) {
    public static final String NO_PRICING = "NO_PRICING";

    public TcoOutcome {
        if ((result == null) == (reason == null)) {
            throw new IllegalArgumentException("a TCO outcome has either a result or a reason");
        }
    }

    public static TcoOutcome of(TcoResult result) {
        return new TcoOutcome(Objects.requireNonNull(result), null, null);
    }

    public static TcoOutcome absent(String reasonCode, String reason) {
        return new TcoOutcome(null, reasonCode, Objects.requireNonNull(reason));
    }

    public boolean isPresent() {
        return result != null;
    }

    public Optional<TcoResult> asOptional() {
        return Optional.ofNullable(result);
    }
}
