package org.vendorbench.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit log (pure logic, no storage). Each entry's hash is
 * {@code SHA-256(len(prevHash):prevHash + content)} in lower-case hex; the first entry chains from
 * {@link #GENESIS}. {@link #verify(List, Anchor)} finds edited rows (hash mismatch), deleted or
 * reordered rows (sequence gap or broken link) and a chain recomputed after tampering (head no
 * longer matches the anchor kept apart from the log).
 */
public final class AuditChain {
    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The head of the log recorded apart from it (seq 0 and {@link #GENESIS} for an empty log). */
    public record Anchor(long seq, String hash) {}

    /**
     * The result of a verification.
     *
     * @param firstBrokenSeq the first entry that does not verify (-1 when ok)
     * @param headSeq        the last entry's seq (0 when empty)
     * @param headHash       the last entry's hash ({@link #GENESIS} when empty)
     */
    public record VerifyResult(boolean ok, long firstBrokenSeq, String message, long headSeq, String headHash) {}

    /** The hash of an entry with the given content chained after {@code prevHash}. */
    public static String hash(String prevHash, String entryContent) {
        return HexFormat.of().formatHex(digest(sha256(), prevHash, entryContent));
    }

    private static byte[] digest(MessageDigest md, String prevHash, String entryContent) {
        md.reset();
        md.update((prevHash.length() + ":" + prevHash).getBytes(StandardCharsets.UTF_8));
        md.update(entryContent.getBytes(StandardCharsets.UTF_8));
        return md.digest();
    }

    /** True when {@code hex} is the lower-case hex form of {@code bytes} (no string built). */
    private static boolean sameHash(byte[] bytes, String hex) {
        if (hex == null || hex.length() != bytes.length * 2) return false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (hex.charAt(2 * i) != DIGITS[b >>> 4] || hex.charAt(2 * i + 1) != DIGITS[b & 0xF]) return false;
        }
        return true;
    }

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    /** Seals a new entry after {@code prevHash}: fills both hashes. */
    public static AuditEntry seal(AuditEntry entry, String prevHash) {
        return entry.withHashes(prevHash, hash(prevHash, entry.content()));
    }

    /** Verifies the chain alone (no anchor): catches edits, gaps and reordering, not a recomputed chain. */
    public static VerifyResult verify(List<AuditEntry> entries) {
        return verify(entries, null);
    }

    /**
     * Verifies the entries in storage order and, when {@code anchor} is not null, that the head is
     * the anchored one (catches a chain recomputed after an edit and a truncated tail).
     */
    public static VerifyResult verify(List<AuditEntry> entries, Anchor anchor) {
        MessageDigest md = sha256();
        String prev = GENESIS;
        long expectedSeq = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                long broken = Math.min(e.seq(), expectedSeq);
                String what = e.seq() > expectedSeq
                        ? "entry #" + expectedSeq + " is missing (next is #" + e.seq() + ")"
                        : "entry #" + e.seq() + " is out of order (expected #" + expectedSeq + ")";
                return broken(broken, what, entries);
            }
            if (!prev.equals(e.prevHash())) {
                return broken(e.seq(), "entry #" + e.seq() + " does not link to the entry before it", entries);
            }
            if (!sameHash(digest(md, prev, e.content()), e.hash())) {
                return broken(e.seq(), "entry #" + e.seq() + " was changed after it was written", entries);
            }
            prev = e.hash();
            expectedSeq++;
        }
        long headSeq = expectedSeq - 1;
        if (anchor != null) {
            if (anchor.seq() > headSeq) {
                return broken(headSeq + 1, "entries #" + (headSeq + 1) + " to #" + anchor.seq()
                        + " were removed from the end of the log", entries);
            }
            if (anchor.seq() < headSeq) {
                return broken(anchor.seq() + 1, "entries after #" + anchor.seq()
                        + " were added outside Vendorbench", entries);
            }
            if (!anchor.hash().equals(prev)) {
                return broken(headSeq, "the log was rewritten: head entry #" + headSeq
                        + " does not match the recorded anchor", entries);
            }
        }
        return new VerifyResult(true, -1, entries.size() + " entries verified", headSeq, prev);
    }

    private static VerifyResult broken(long seq, String message, List<AuditEntry> entries) {
        if (entries.isEmpty()) return new VerifyResult(false, seq, message, 0, GENESIS);
        AuditEntry last = entries.get(entries.size() - 1);
        return new VerifyResult(false, seq, message, last.seq(), last.hash());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
