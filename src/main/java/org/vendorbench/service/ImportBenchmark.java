package org.vendorbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.store.Workspace;
import org.vendorbench.workbook.QuestionnaireWriter;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.WorkbookLoader;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Measures response import against its floor (issue 3's speed goal): (a) a bare ZIP + SAX pass over
 * the sheet and shared-string XML (no cell model, the floor), (b) {@link WorkbookLoader} on every
 * file (cells as grids), (c) {@link ResponseReader} (plus header finding, matching, normalising),
 * (d) the full {@link ImportService} import into a new workspace that holds the RFP (plus claims
 * and SQLite, one transaction per file and the sync that makes the batch durable). The
 * workbooks are generated before any timing starts. First {@code warmup} untimed rounds of all four
 * phases let the JIT compile what they run (the import runs far more code than the floor: after 12
 * rounds the compiler threads still took a core's worth of time per round on a 2-core machine, which
 * the floor, warm after two rounds, never pays). Then each phase runs {@code rounds} times,
 * interleaved with the others, and the fastest round counts: the best of several is the least
 * disturbed by other processes on a shared machine. The JIT's compile time during the timed rounds
 * is reported, so a reader sees whether the warm-up was long enough.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    /** One measured phase. */
    public record Phase(String name, int workbooks, double seconds, long peakHeapBytes, double cpuSeconds) {
        public double workbooksPerSecond() {
            return seconds == 0 ? Double.POSITIVE_INFINITY : workbooks / seconds;
        }
    }

    /** The four phases (best round of each); {@code ratio} is full import time over the floor time. */
    public record Result(int workbooks, int questions, int warmup, int rounds, Phase floor, Phase workbookRead,
                         Phase reader, Phase fullImport, long jitMillis) {
        public double ratio() {
            return fullImport.seconds() / floor.seconds();
        }

        /** A phase's time over the floor's. */
        public double ratio(Phase p) {
            return p.seconds() / floor.seconds();
        }

        public List<Phase> phases() {
            return List.of(floor, workbookRead, reader, fullImport);
        }
    }

    /**
     * An RFP of {@code questions} questions: the questions of {@code base} repeated (IDs suffixed
     * {@code -2}, {@code -3}, ...) until there are enough.
     */
    public static Rfp widen(Rfp base, int questions) {
        List<Question> qs = new ArrayList<>();
        int n = base.questions().size();
        for (int k = 0; k < questions; k++) {
            Question q = base.questions().get(k % n);
            String id = k < n ? q.id() : q.id() + "-" + (k / n + 1);
            qs.add(new Question(id, q.sectionId(), q.requirement(), q.type(), q.options(), q.mandatory(), q.knockout(),
                    q.weight(), q.rule()));
        }
        return new Rfp(base.rfpId(), base.title(), base.organization(), base.issued(), base.due(), base.currency(),
                base.termMonths(), base.priceWeight(), base.format(), base.sections(), qs, base.kpis(),
                base.assumptions(), base.checklist());
    }

    /** Writes {@code count} filled response workbooks (vendor {@code Vendor 1..count}) into {@code dir}. */
    public static List<Path> generate(Rfp rfp, Pricing pricing, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int w = 1; w <= count; w++) {
            Path file = dir.resolve(String.format("vendor-%03d.xlsx", w));
            try (XSSFWorkbook wb = QuestionnaireWriter.build(rfp, "Vendor " + w, false);
                 OutputStream os = Files.newOutputStream(file)) {
                fill(wb, rfp, pricing, w);
                wb.write(os);
            }
            out.add(file);
        }
        return out;
    }

    private static void fill(XSSFWorkbook wb, Rfp rfp, Pricing pricing, int w) {
        Sheet qs = wb.getSheet("Questionnaire");
        for (int i = 0; i < rfp.questions().size(); i++) {
            Question q = rfp.questions().get(i);
            Row row = qs.getRow(i + 1);
            var cell = row.getCell(6) == null ? row.createCell(6) : row.getCell(6);
            switch (q.type()) {
                case YES_NO -> cell.setCellValue((i + w) % 5 == 0 ? "Partial" : "Yes");
                case CHOICE -> cell.setCellValue(q.options().get((i + w) % q.options().size()).label());
                case NUMBER, CURRENCY -> cell.setCellValue(10 + (i * 7 + w) % 90);
                case PERCENT -> cell.setCellValue(((i * 3 + w) % 100) / 100.0);
                case DURATION -> cell.setCellValue((15 + (i + w) % 45) + " seconds");
                case DATE -> cell.setCellValue("2027-0" + (1 + (i + w) % 9) + "-15");
                case TEXT -> cell.setCellValue("Our answer to " + q.id() + ": staffed, audited and reported monthly.");
            }
        }
        Sheet kpis = wb.getSheet("KPI Commitments");
        for (int i = 0; i < rfp.kpis().size(); i++) {
            Kpi k = rfp.kpis().get(i);
            Row row = kpis.getRow(i + 1);
            (row.getCell(4) == null ? row.createCell(4) : row.getCell(4)).setCellValue(k.target());
        }
        Sheet ps = wb.getSheet("Pricing");
        for (Row row : ps) {
            if (row.getRowNum() == 0 || row.getCell(0) == null) continue;
            Object item = pricing.asItems().get(row.getCell(0).getStringCellValue());
            var cell = row.getCell(3) == null ? row.createCell(3) : row.getCell(3);
            if (item instanceof String s) cell.setCellValue(s);
            else if (item instanceof Double d) cell.setCellValue(d);
        }
    }

    /**
     * Runs the four phases over {@code files} (the response workbooks of {@code rfp}): {@code warmup}
     * untimed rounds, then the best of {@code rounds}.
     */
    public static Result run(Rfp rfp, List<Path> files, Path workDir, int warmup, int rounds) throws Exception {
        if (rounds < 1 || warmup < 0) throw new IllegalArgumentException("rounds must be 1 or more, warmup 0 or more");
        Phase floor = null;
        Phase grid = null;
        Phase reader = null;
        Phase full = null;
        long jitAtStart = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            if (round == warmup) {
                jitAtStart = jitMillis();
                floor = grid = reader = full = null;
            }
            floor = best(floor, measure("zip+sax floor", files.size(), () -> {
                for (Path f : files) saxPass(f);
            }));
            grid = best(grid, measure("workbook read", files.size(), () -> {
                for (Path f : files) WorkbookLoader.load(f, null);
            }));
            reader = best(reader, measure("response read", files.size(), () -> {
                for (Path f : files) ResponseReader.read(f, rfp, null);
            }));
            Path ws = workDir.resolve("bench-" + System.nanoTime() + ".vbench");
            try (Workspace w = Workspace.create(ws)) {
                // the import goes into a workspace that holds the RFP already: creating one is not importing
                w.saveRfp(rfp);
                full = best(full, measure("full import", files.size(), () -> {
                    ImportReport r = ImportService.importFiles(w, null, files, null, null, null);
                    if (!r.allImported()) {
                        throw new IllegalStateException("bench file refused: " + r.files().stream()
                                .filter(x -> x.error() != null).findFirst().map(ImportReport.FileResult::error)
                                .orElse("?"));
                    }
                }));
            } finally {
                for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                    Files.deleteIfExists(ws.resolveSibling(ws.getFileName() + suffix));
                }
            }
        }
        long jit = jitAtStart < 0 ? -1 : jitMillis() - jitAtStart;
        return new Result(files.size(), rfp.questions().size(), warmup, rounds, floor, grid, reader, full, jit);
    }

    /** The JIT's total compile time so far in ms, -1 where the JVM does not tell. */
    private static long jitMillis() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** The faster of two measurements of a phase, keeping the higher peak heap of the two. */
    private static Phase best(Phase a, Phase b) {
        if (a == null) return b;
        Phase fast = a.seconds() <= b.seconds() ? a : b;
        return new Phase(fast.name(), fast.workbooks(), fast.seconds(), Math.max(a.peakHeapBytes(), b.peakHeapBytes()),
                fast.cpuSeconds());
    }

    /** Parses every worksheet and the shared strings with SAX, counting cells: no cell model. */
    static long saxPass(Path file) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(false);
        SAXParser p = f.newSAXParser();
        long[] cells = {0};
        DefaultHandler h = new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (qName.equals("c") || qName.equals("si")) cells[0]++;
            }
        };
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String n = e.getName();
                if (n.startsWith("xl/worksheets/") && n.endsWith(".xml") || n.equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        p.reset();
                        p.parse(in, h);
                    }
                }
            }
        }
        return cells[0];
    }

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private static Phase measure(String name, int n, Body body) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try {
            body.run();
        } catch (RefusedException e) {
            throw new IllegalStateException("bench file refused: " + e.getMessage());
        }
        double s = (System.nanoTime() - t0) / 1e9;
        long cpu = processCpuNanos() - cpu0;
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        return new Phase(name, n, s, peak, cpu < 0 ? Double.NaN : cpu / 1e9);
    }

    /**
     * CPU time of the whole process (every thread, the collector's and the compiler's too), or -1
     * where the JVM does not tell: next to the wall time it shows how much of a phase ran in parallel
     * and how much a busy machine slowed it.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
