package org.vendorbench.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static List<AuditEntry> chain(int n, long seed) {
        Random rnd = new Random(seed);
        List<AuditEntry> out = new ArrayList<>(n);
        String prev = AuditChain.GENESIS;
        Instant t = Instant.parse("2026-04-01T09:00:00Z");
        for (int i = 1; i <= n; i++) {
            AuditEntry e = AuditChain.seal(new AuditEntry(i, t.plusMillis(i * 137L), "user" + rnd.nextInt(5),
                    "score/alice/Vendor " + rnd.nextInt(9) + "/Q-" + rnd.nextInt(40), "put",
                    rnd.nextBoolean() ? null : "{\"score\":" + rnd.nextInt(6) + "}", "{\"score\":" + rnd.nextInt(6) + "}",
                    rnd.nextInt(4) == 0 ? "panel, \"agreed\"\nlater" : null, null, null), prev);
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    private static AuditEntry withNewValue(AuditEntry e, String v) {
        return new AuditEntry(e.seq(), e.time(), e.user(), e.entity(), e.action(), e.oldValue(), v, e.reason(),
                e.prevHash(), e.hash());
    }

    @Test
    void anIntactChainVerifiesAndReportsItsHead() {
        List<AuditEntry> log = chain(50, 1);
        AuditChain.VerifyResult r = AuditChain.verify(log, new AuditChain.Anchor(50, log.get(49).hash()));
        assertThat(r.ok()).isTrue();
        assertThat(r.firstBrokenSeq()).isEqualTo(-1);
        assertThat(r.headSeq()).isEqualTo(50);
        assertThat(r.headHash()).isEqualTo(log.get(49).hash());
        AuditChain.VerifyResult empty = AuditChain.verify(List.of(), new AuditChain.Anchor(0, AuditChain.GENESIS));
        assertThat(empty.ok()).isTrue();
        assertThat(empty.headSeq()).isZero();
    }

    @Test
    void theCanonicalFormIsUnambiguousAcrossFieldBoundaries() {
        Instant t = Instant.EPOCH;
        AuditEntry a = new AuditEntry(1, t, "ab", "c", "put", null, "x", null, null, null);
        AuditEntry b = new AuditEntry(1, t, "a", "bc", "put", null, "x", null, null, null);
        AuditEntry nullOld = new AuditEntry(1, t, "a", "b", "put", null, "x", null, null, null);
        AuditEntry emptyOld = new AuditEntry(1, t, "a", "b", "put", "", "x", null, null, null);
        assertThat(a.content()).isNotEqualTo(b.content());
        assertThat(nullOld.content()).isNotEqualTo(emptyOld.content());
        assertThat(AuditChain.hash(AuditChain.GENESIS, a.content())).hasSize(64)
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b.content()));
    }

    @Test
    void everyEditedFieldOfAnyEntryIsDetectedAtThatEntry() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<AuditEntry> log = chain(30, round);
            int i = rnd.nextInt(log.size());
            AuditEntry e = log.get(i);
            AuditEntry edited = switch (rnd.nextInt(4)) {
                case 0 -> withNewValue(e, e.newValue() + " ");
                case 1 -> new AuditEntry(e.seq(), e.time().plusSeconds(1), e.user(), e.entity(), e.action(),
                        e.oldValue(), e.newValue(), e.reason(), e.prevHash(), e.hash());
                case 2 -> new AuditEntry(e.seq(), e.time(), "mallory", e.entity(), e.action(), e.oldValue(),
                        e.newValue(), e.reason(), e.prevHash(), e.hash());
                default -> new AuditEntry(e.seq(), e.time(), e.user(), e.entity(), e.action(), e.oldValue(),
                        e.newValue(), "changed reason", e.prevHash(), e.hash());
            };
            log.set(i, edited);
            AuditChain.VerifyResult r = AuditChain.verify(log);
            assertThat(r.ok()).as("round %d", round).isFalse();
            assertThat(r.firstBrokenSeq()).as("round %d", round).isEqualTo(i + 1);
        }
    }

    @Test
    void deletedAndReorderedEntriesAreDetected() {
        List<AuditEntry> log = chain(20, 3);
        List<AuditEntry> deleted = new ArrayList<>(log);
        deleted.remove(6);
        AuditChain.VerifyResult d = AuditChain.verify(deleted);
        assertThat(d.ok()).isFalse();
        assertThat(d.firstBrokenSeq()).isEqualTo(7);
        assertThat(d.message()).isEqualTo("entry #7 is missing (next is #8)");

        List<AuditEntry> swapped = new ArrayList<>(log);
        Collections.swap(swapped, 4, 5);
        AuditChain.VerifyResult s = AuditChain.verify(swapped);
        assertThat(s.ok()).isFalse();
        assertThat(s.firstBrokenSeq()).isEqualTo(5);
    }

    @Test
    void aRecomputedChainOrATruncatedTailFailsAgainstTheAnchor() {
        List<AuditEntry> log = chain(10, 4);
        AuditChain.Anchor anchor = new AuditChain.Anchor(10, log.get(9).hash());
        List<AuditEntry> forged = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (AuditEntry e : log) {
            AuditEntry f = AuditChain.seal(e.seq() == 3 ? withNewValue(e, "{\"score\":5}") : e, prev);
            forged.add(f);
            prev = f.hash();
        }
        assertThat(AuditChain.verify(forged).ok()).as("a recomputed chain is self-consistent").isTrue();
        AuditChain.VerifyResult r = AuditChain.verify(forged, anchor);
        assertThat(r.ok()).isFalse();
        assertThat(r.message()).contains("rewritten");

        AuditChain.VerifyResult t = AuditChain.verify(log.subList(0, 8), anchor);
        assertThat(t.ok()).isFalse();
        assertThat(t.firstBrokenSeq()).isEqualTo(9);
        assertThat(t.message()).isEqualTo("entries #9 to #10 were removed from the end of the log");
    }

    @Test
    void verifiesOneHundredThousandEntriesQuickly() {
        List<AuditEntry> log = chain(100_000, 11);
        AuditChain.Anchor anchor = new AuditChain.Anchor(100_000, log.get(log.size() - 1).hash());
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        AuditChain.VerifyResult r = null;
        long bestWall = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) { // best of three: the build machine is shared
            long c0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            r = AuditChain.verify(log, anchor);
            bestWall = Math.min(bestWall, (System.nanoTime() - t0) / 1_000_000);
            bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1_000_000);
        }
        System.out.println("AuditChain.verify of 100000 entries: best " + bestWall + " ms wall, " + bestCpu + " ms CPU");
        assertThat(r.ok()).isTrue();
        assertThat(r.headSeq()).isEqualTo(100_000);
    }
}
