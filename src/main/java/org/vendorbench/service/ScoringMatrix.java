package org.vendorbench.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.domain.scoring.ScoringEngine;
import org.vendorbench.domain.scoring.VendorScore;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.MatrixWriter;

/**
 * The scoring matrix export (issue #4): evaluates what a workspace holds and writes it with
 * {@link MatrixWriter}. Vendors appear in rank order. When the workspace's TCO assumptions cannot be
 * used (e.g. no monthly call volume) the matrix still shows quality, without the price rows.
 */
public final class ScoringMatrix {
    /** What was written: vendors left to right, and whether price rows are in it. */
    public record Written(List<MatrixWriter.Vendor> vendors, boolean priced, MatrixWriter.Layout layout) {}

    private ScoringMatrix() {}

    public static Written export(Workspace ws, Path out) throws RefusedException, IOException {
        EvaluationRequest req = WorkspaceEvaluation.request(ws, 0, 1);
        if (req.responses().isEmpty()) {
            throw new RefusedException(ws.file().getFileName() + " holds no vendor responses yet: import some first");
        }
        List<MatrixWriter.Vendor> vendors = vendors(req);
        boolean priced = vendors.stream().anyMatch(v -> v.combined() != null);
        MatrixWriter.Layout layout = MatrixWriter.write(req.rfp(), vendors, out);
        return new Written(vendors, priced, layout);
    }

    /** The column groups: from the full evaluation, or quality only when the TCO cannot be computed. */
    static List<MatrixWriter.Vendor> vendors(EvaluationRequest req) {
        List<MatrixWriter.Vendor> out = new ArrayList<>();
        try {
            Evaluation e = Evaluation.run(req);
            for (Evaluation.VendorEvaluation v : e.ranking()) {
                out.add(new MatrixWriter.Vendor(v.score(), v.response(), v.ranked().tco(), v.ranked().priceScore(),
                        v.ranked().combined(), v.ranked().rank()));
            }
        } catch (RefusedException noTco) {
            List<VendorScore> scores = new ScoringEngine(req.rfp()).scoreAll(req.responses(), req.scores(),
                    req.overrides(), req.sectionWeights());
            for (int i = 0; i < scores.size(); i++) {
                VendorResponse r = req.responses().get(i);
                out.add(new MatrixWriter.Vendor(scores.get(i), r, null, null, null, null));
            }
        }
        return out;
    }
}
