package org.vendorbench.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.vendorbench.domain.normalize.CellValue;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an unencrypted .xlsx/.xlsm with SAX (no XMLBeans tree of the sheets), which is several
 * times faster and lighter than the usermodel. It produces exactly the grid
 * {@link UserModelLoader} would (tests compare both). It gives up, returning null, when a formula
 * has no cached value: the caller then falls back to the usermodel, whose evaluator computes it.
 * Parsers come from POI's {@link XMLHelper}, which rejects DOCTYPEs (entity expansion).
 */
final class StreamingLoader {
    private StreamingLoader() {}

    /** Signals a formula without a cached value. */
    static final class NeedsEvaluation extends SAXException {
        private static final long serialVersionUID = 1L;
        NeedsEvaluation() { super("formula without cached value"); }
    }

    /** A sheet as the workbook part lists it: tab name, relationship ID, hidden or veryHidden. */
    record SheetRef(String name, String relId, boolean hidden) {}

    /** The workbook part: its sheets in tab order and whether dates use the 1904 system. */
    record WorkbookPart(List<SheetRef> sheets, boolean date1904) {}

    static WorkbookGrid tryLoad(OPCPackage pkg, String fileName) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        WorkbookPart wbPart;
        try (InputStream wbXml = reader.getWorkbookData()) {
            wbPart = workbookPart(wbXml, XMLHelper.newXMLReader());
        }
        SharedStrings strings = new SharedStrings(pkg);
        NumberFormats styles = new NumberFormats(pkg);
        CellValues values = new CellValues(wbPart.date1904());
        List<SheetGrid> sheets = new ArrayList<>();
        CellBudget budget = new CellBudget();
        List<SheetRef> refs = wbPart.sheets();
        for (int i = 0; i < refs.size(); i++) {
            SheetRef ref = refs.get(i);
            SheetGrid grid = new SheetGrid(ref.name(), ref.hidden(), i, budget);
            try (InputStream sheetXml = reader.getSheet(ref.relId())) {
                XMLReader xr = XMLHelper.newXMLReader();
                xr.setContentHandler(new SheetHandler(grid, strings, styles, values));
                xr.parse(new InputSource(sheetXml));
            } catch (NeedsEvaluation e) {
                return null;
            }
            sheets.add(grid);
        }
        return new WorkbookGrid(fileName, sheets);
    }

    /** Reads the sheet list and the date system from the workbook part's XML. */
    static WorkbookPart workbookPart(InputStream wbXml, XMLReader xr) throws Exception {
        List<SheetRef> refs = new ArrayList<>();
        boolean[] date1904 = {false};
        xr.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                String n = localName(local, qName);
                if (n.equals("workbookPr")) {
                    String d = a.getValue("date1904");
                    date1904[0] = "1".equals(d) || "true".equalsIgnoreCase(d);
                } else if (n.equals("sheet")) {
                    String rel = null;
                    for (int i = 0; i < a.getLength(); i++) {
                        if ("id".equals(localName(a.getLocalName(i), a.getQName(i)))
                                && a.getQName(i).indexOf(':') > 0) rel = a.getValue(i);
                    }
                    String state = a.getValue("state");
                    refs.add(new SheetRef(a.getValue("name"), rel,
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
        });
        xr.parse(new InputSource(wbXml));
        return new WorkbookPart(refs, date1904[0]);
    }

    /**
     * An element or attribute name without its prefix, whether the parser is namespace-aware (local
     * name given) or not (only the qualified name, or the qualified name as the local one).
     */
    static String localName(String local, String qName) {
        String n = local != null && !local.isEmpty() ? local : qName;
        int c = n.indexOf(':');
        return c < 0 ? n : n.substring(c + 1);
    }

    /** Collects the cells and merged regions of one sheet part. */
    static final class SheetHandler extends DefaultHandler {
        private final SheetGrid grid;
        private final SharedStrings strings;
        private final NumberFormats styles;
        private final CellValues values;
        private final StringBuilder text = new StringBuilder();
        private int row = -1;
        private int col = -1;
        private String type;
        private int style;
        private boolean hasFormula;
        private boolean hasValue;
        private boolean inValue;
        private boolean inInlineT;
        private boolean inPhonetic;
        private final List<int[]> merges = new ArrayList<>();

        SheetHandler(SheetGrid grid, SharedStrings strings, NumberFormats styles, CellValues values) {
            this.grid = grid;
            this.strings = strings;
            this.styles = styles;
            this.values = values;
        }

        // element kinds of a sheet part; told apart by length and characters, not a string switch
        // (a switch hashes the name, and the parser hands over a new name string per element)
        private static final int OTHER = 0;
        private static final int ROW = 1;
        private static final int CELL = 2;
        private static final int FORMULA = 3;
        private static final int VALUE = 4;
        private static final int PHONETIC = 5;
        private static final int TEXT = 6;
        private static final int MERGE = 7;

        static int kind(String local, String qName) {
            String n = localName(local, qName);
            switch (n.length()) {
                case 1 -> {
                    char ch = n.charAt(0);
                    return ch == 'c' ? CELL : ch == 'f' ? FORMULA : ch == 'v' ? VALUE : ch == 't' ? TEXT : OTHER;
                }
                case 3 -> {
                    return n.equals("row") ? ROW : n.equals("rPh") ? PHONETIC : OTHER;
                }
                case 9 -> {
                    return n.equals("mergeCell") ? MERGE : OTHER;
                }
                default -> {
                    return OTHER;
                }
            }
        }

        /**
         * The value of the attribute whose qualified name is the one letter {@code name}, as
         * {@code a.getValue(String.valueOf(name))} gives it, without the parser's lookup by name
         * (it hashes the name on every call).
         */
        static String attribute(Attributes a, char name) {
            for (int i = 0, n = a.getLength(); i < n; i++) {
                String q = a.getQName(i);
                if (q.length() == 1 && q.charAt(0) == name) return a.getValue(i);
            }
            return null;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (kind(local, qName)) {
                case ROW -> {
                    String r = attribute(a, 'r');
                    row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                    col = -1;
                }
                case CELL -> {
                    String r = null;
                    String s = null;
                    type = null;
                    for (int i = 0, n = a.getLength(); i < n; i++) {
                        String q = a.getQName(i);
                        if (q.length() != 1) continue;
                        switch (q.charAt(0)) {
                            case 'r' -> r = a.getValue(i);
                            case 't' -> type = a.getValue(i);
                            case 's' -> s = a.getValue(i);
                            default -> { }
                        }
                    }
                    int[] rc = r == null ? null : A1.parse(r);
                    if (rc != null) {
                        col = rc[1];
                    } else {
                        col++;
                    }
                    style = s == null ? 0 : Integer.parseInt(s);
                    hasFormula = false;
                    hasValue = false;
                    text.setLength(0);
                }
                case FORMULA -> hasFormula = true;
                case VALUE -> {
                    inValue = true;
                    hasValue = true;
                    text.setLength(0);
                }
                case PHONETIC -> inPhonetic = true;
                case TEXT -> {
                    if (!inPhonetic) {
                        inInlineT = true;
                        hasValue = true;
                    }
                }
                case MERGE -> {
                    String ref = a.getValue("ref");
                    if (ref != null) {
                        String[] ends = ref.split(":");
                        int[] from = A1.parse(ends[0]);
                        int[] to = ends.length > 1 ? A1.parse(ends[1]) : from;
                        if (from != null && to != null) merges.add(new int[] {from[0], to[0], from[1], to[1]});
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineT) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (kind(local, qName)) {
                case VALUE -> inValue = false;
                case TEXT -> inInlineT = false;
                case PHONETIC -> inPhonetic = false;
                case CELL -> {
                    if (hasFormula && !hasValue) throw new NeedsEvaluation();
                    if (hasValue) grid.put(row, col, value());
                }
                default -> { }
            }
        }

        @Override
        public void endDocument() {
            for (int[] m : merges) grid.merge(m[0], m[1], m[2], m[3]);
        }

        private CellValue value() {
            String v = text.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) return CellValue.BLANK;
                return number(Double.parseDouble(v));
            }
            return switch (type) {
                case "s" -> values.text(strings.get(Integer.parseInt(v.trim())));
                case "inlineStr", "str" -> values.text(SharedStrings.decode(v));
                case "b" -> values.bool(v.trim().equals("1") || v.trim().equalsIgnoreCase("true"));
                case "e" -> values.error(v);
                case "d" -> isoDate(v);
                default -> values.text(v);
            };
        }

        /** {@code t="d"}: an ISO 8601 date-time stored as text, read as the Excel serial number. */
        private CellValue isoDate(String v) {
            try {
                String s = v.strip();
                java.time.LocalDateTime dt = s.contains("T") ? java.time.LocalDateTime.parse(s)
                        : java.time.LocalDate.parse(s).atStartOfDay();
                return number(org.apache.poi.ss.usermodel.DateUtil.getExcelDate(dt));
            } catch (RuntimeException e) {
                return values.text(v);
            }
        }

        private CellValue number(double n) {
            return values.number(n, styles.formatIndex(style), styles.formatStringOfStyle(style));
        }
    }
}
