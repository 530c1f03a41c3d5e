package org.vendorbench.store;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.ImportWarning;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.VendorResponse;

/**
 * A response checked and encoded for the store ({@link ResponseBody}'s documents), ready for
 * {@link Workspace#importResponse(StorableResponse, String, ClaimUpdater)}. Making one needs no
 * workspace, so an import builds it on the thread that read the file and the single writer only
 * inserts it: encoding 400 answers cost about as much as the rest of storing a response.
 *
 * <p>{@link #of} refuses what the schema-3 rows' keys and NOT NULL columns refused: an answer
 * without question ID, type or status, two answers to one question ID, a KPI commitment without
 * KPI ID or two to one KPI, a warning without code or message.
 */
public final class StorableResponse {
    private final VendorResponse response;
    private final byte[] answers;
    private final byte[] kpis;
    private final byte[] warnings;

    private StorableResponse(VendorResponse response) {
        this.response = response;
        this.answers = ResponseBody.answers(response.answers());
        this.kpis = ResponseBody.kpis(response.kpis());
        this.warnings = ResponseBody.warnings(response.warnings());
    }

    /**
     * Checks and encodes {@code response}.
     *
     * @throws WorkspaceException naming what cannot be stored
     */
    public static StorableResponse of(VendorResponse response) {
        Objects.requireNonNull(response, "response");
        check(response);
        return new StorableResponse(response);
    }

    public VendorResponse response() {
        return response;
    }

    /** The answers document, UTF-8 (not copied: the store only hands it to SQLite). */
    byte[] answersDocument() {
        return answers;
    }

    byte[] kpisDocument() {
        return kpis;
    }

    byte[] warningsDocument() {
        return warnings;
    }

    private static void check(VendorResponse r) {
        Set<String> seen = new HashSet<>();
        for (Answer a : r.answers()) {
            if (a.questionId() == null || a.type() == null || a.status() == null) {
                throw new WorkspaceException("an answer without question ID, type or status cannot be stored");
            }
            if (!seen.add(a.questionId())) {
                throw new WorkspaceException("a response holds two answers to question " + a.questionId());
            }
        }
        seen.clear();
        for (KpiCommitment k : r.kpis()) {
            if (k.kpiId() == null) throw new WorkspaceException("a KPI commitment without KPI ID cannot be stored");
            if (!seen.add(k.kpiId())) throw new WorkspaceException("a response holds two commitments to KPI " + k.kpiId());
        }
        for (ImportWarning w : r.warnings()) {
            if (w.code() == null || w.message() == null) {
                throw new WorkspaceException("an import warning without code or message cannot be stored");
            }
        }
    }

    /** For the migration: the documents of rows read from a schema-3 file. */
    static StorableResponse ofParts(List<Answer> answers, List<KpiCommitment> kpis, List<ImportWarning> warnings) {
        return of(new VendorResponse("", null, "", null, null, null, null, answers, kpis, null, warnings));
    }
}
