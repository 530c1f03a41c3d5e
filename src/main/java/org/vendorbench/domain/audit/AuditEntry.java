package org.vendorbench.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only audit log: who changed what, from which value to which, and why.
 * {@code prevHash} is the hash of the entry before (the genesis hash for the first) and
 * {@code hash} is SHA-256 over {@code prevHash} plus this entry's {@link #content() content}, so
 * editing, deleting or reordering rows breaks the chain (see {@link AuditChain}).
 *
 * @param seq      1-based position in the log, without gaps
 * @param entity   what was changed, e.g. {@code score/alice/Acme/Q-1}
 * @param action   the kind of change, e.g. {@code put}, {@code import}, {@code delete}
 * @param oldValue the value before (null when there was none)
 * @param newValue the value after (null when removed)
 * @param reason   the user's reason (null when none was given)
 */
public record AuditEntry(long seq, Instant time, String user, String entity, String action, String oldValue,
                         String newValue, String reason, String prevHash, String hash) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
    }

    /**
     * The canonical serialisation the hash covers: every field except the hashes, each written as
     * its length, a colon and the text ({@code -1:} for null), so no two entries share one.
     */
    public String content() {
        StringBuilder sb = new StringBuilder(128);
        field(sb, Long.toString(seq));
        field(sb, time.toString());
        field(sb, user);
        field(sb, entity);
        field(sb, action);
        field(sb, oldValue);
        field(sb, newValue);
        field(sb, reason);
        return sb.toString();
    }

    static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
    }

    /** A copy carrying the given chain hashes (used when appending). */
    public AuditEntry withHashes(String prev, String own) {
        return new AuditEntry(seq, time, user, entity, action, oldValue, newValue, reason, prev, own);
    }
}
