package org.vendorbench.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.memo.MemoComposer;

/**
 * Measures the decision memo at scale (issue 7: 20 vendors x 400 questions within 3 s warm): the
 * RFP is widened to {@code questions} questions, {@code vendors} responses are built in memory from
 * sample responses (answers repeated like the questions, rates varied so the vendors differ), and
 * the memo is composed and rendered {@code warmups} times untimed and {@code repeats} times timed.
 */
public final class MemoBenchmark {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    private MemoBenchmark() {}

    /**
     * @param evaluateSeconds the evaluation (with Monte Carlo) once
     * @param renderSeconds   compose + render, each timed repetition (warm)
     */
    public record Result(int vendors, int questions, int runs, double evaluateSeconds, double[] renderSeconds, int bytes,
                         int pages, byte[] pdf) {
        public double medianRenderSeconds() {
            double[] s = renderSeconds.clone();
            Arrays.sort(s);
            return s.length == 0 ? Double.NaN : s[s.length / 2];
        }

        public double minRenderSeconds() {
            return Arrays.stream(renderSeconds).min().orElse(Double.NaN);
        }
    }

    /** The request: widened RFP and {@code vendors} responses derived from {@code samples}. */
    public static EvaluationRequest request(Rfp base, List<VendorResponse> samples, int vendors, int questions, int runs) {
        Rfp rfp = ImportBenchmark.widen(base, questions);
        int n = base.questions().size();
        List<VendorResponse> out = new ArrayList<>();
        for (int i = 0; i < vendors; i++) {
            VendorResponse s = samples.get(i % samples.size());
            Map<String, Answer> byId = new HashMap<>();
            for (Answer a : s.answers()) byId.put(a.questionId(), a);
            List<Answer> answers = new ArrayList<>();
            for (int k = 0; k < rfp.questions().size(); k++) {
                Question q = rfp.questions().get(k);
                Answer a = byId.get(base.questions().get(k % n).id());
                if (a != null) {
                    answers.add(new Answer(q.id(), a.type(), a.raw(), a.text(), a.number(), a.comment(), a.status(), a.sheet(),
                            a.cell()));
                }
            }
            Pricing p = s.pricing();
            Pricing varied = new Pricing(p.model(), p.rate() == null ? null : p.rate() * (1 + 0.015 * i), p.fte(), p.minimumFee(),
                    p.onboardingFee(), p.trainingPerAgent(), p.agents(), p.escalatorPercent(), p.earlyTerminationFee());
            String name = String.format("Vendor %02d (%s)", i + 1, s.vendor());
            out.add(new VendorResponse(s.file(), s.rfpId(), name, s.contact(), s.email(), s.submitted(), s.format(), answers,
                    s.kpis(), varied, s.warnings()));
        }
        return EvaluationRequest.of(rfp, out, List.of()).withRuns(runs, 1);
    }

    /** Runs the benchmark. */
    public static Result run(EvaluationRequest request, int warmups, int repeats) throws RefusedException {
        MemoService.Settings settings = new MemoService.Settings("Benchmark", false, true, null, request.runs(), 1);
        String hash = MemoComposer.fingerprint("memo benchmark " + request.responses().size() + "x" + request.rfp().questions().size());
        long t0 = System.nanoTime();
        MemoService.Memo memo = MemoService.fromRequest(request, hash, settings);
        double evaluate = (System.nanoTime() - t0) / 1e9;
        byte[] pdf = null;
        for (int i = 0; i < warmups; i++) pdf = memo.render(false);
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long s = System.nanoTime();
            MemoService.Memo again = new MemoService.Memo(
                    MemoComposer.compose(memo.evaluation(), new MemoComposer.Options(settings.preparedBy(), false,
                            memo.spec().date(), memo.spec().createdAt(), true, hash, null), memo.facts()),
                    memo.evaluation(), memo.facts());
            pdf = again.render(false);
            times[i] = (System.nanoTime() - s) / 1e9;
        }
        if (pdf == null) pdf = memo.render(false);
        return new Result(request.responses().size(), request.rfp().questions().size(), request.runs(), evaluate, times,
                pdf.length, pages(pdf), pdf);
    }

    /** Page objects in an uncompressed-page-tree PDF (iText writes page dictionaries as plain objects). */
    static int pages(byte[] pdf) {
        Matcher m = PAGE.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
