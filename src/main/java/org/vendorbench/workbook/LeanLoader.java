package org.vendorbench.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.vendorbench.domain.RefusedException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The fast path for unencrypted .xlsx/.xlsm: reads the package with the JDK's {@link ZipFile} and a
 * hardened SAX parser instead of POI's OPC layer, which parses every relationship part and builds a
 * part model the readers never use (the import speed goal of issue 3: within 1.5x of a bare
 * unzip + SAX pass). The cell handling is {@link StreamingLoader}'s own ({@link StreamingLoader.SheetHandler},
 * {@link SharedStrings}, {@link NumberFormats}, {@link CellValues}), so the grid is the one the POI
 * paths give; {@code LeanLoaderDifferentialTest} checks that over many generated variants.
 *
 * <p>It keeps {@link WorkbookLoader}'s limits: at most {@link ZipSecureFile#getMaxFileCount()}
 * entries, no empty or duplicate (case-insensitive) entry names, every entry inflates at most
 * {@link WorkbookLoader#MAX_ENTRY_BYTES} and not more than 1/{@link WorkbookLoader#MIN_INFLATE_RATIO}
 * times its compressed size (after POI's 100 KB grace), the shared cell budget, and XML without a
 * DOCTYPE. It returns null, so that the caller takes the POI path, whenever it meets something it
 * does not handle itself: no content-types part, strict OOXML, a relationship it cannot resolve,
 * or a formula without a cached value (which only POI's evaluator can compute).
 */
final class LeanLoader {
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE_DOCUMENT = REL_NS + "/officeDocument";
    private static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    /** Main-part content types of the workbooks this reader handles: .xlsx, then .xlsm. */
    private static final List<String> MAIN_TYPES = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    private static final String STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final SAXParserFactory FACTORY = new com.fasterxml.aalto.sax.SAXParserFactoryImpl();

    static {
        // Aalto is always namespace-aware; the handlers match prefixed names by their local part
        FACTORY.setNamespaceAware(true);
        FACTORY.setValidating(false);
    }

    /** Fails on every error without printing it (the JDK's default handler writes to stderr). */
    private static final org.xml.sax.ErrorHandler THROWING = new DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** The message of the refusal of a part with a DOCTYPE (entity expansion, external entities). */
    static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed: a workbook part has no business declaring entities";

    /** Stops the parse at a DOCTYPE, before its internal subset (entities) is used. */
    private static final org.xml.sax.ext.LexicalHandler NO_DOCTYPE = new org.xml.sax.ext.DefaultHandler2() {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException(DOCTYPE_REFUSED);
        }
    };

    private LeanLoader() {}

    /**
     * A new reader that refuses a DOCTYPE (so no entity is ever declared, expanded or fetched).
     * Aalto (FasterXML's non-validating parser) rather than the JDK's Xerces: it parses the sheet
     * XML about twice as fast, which is most of an import (docs/performance.md). Aalto never
     * loads external DTDs or entities, and an entity reference without a declaration is an error.
     */
    static XMLReader newReader() throws ParserConfigurationException, SAXException {
        XMLReader xr;
        synchronized (FACTORY) {
            xr = FACTORY.newSAXParser().getXMLReader();
        }
        xr.setErrorHandler(THROWING);
        xr.setProperty("http://xml.org/sax/properties/lexical-handler", NO_DOCTYPE);
        return xr;
    }

    /**
     * Reads the workbook, or returns null when the POI path must decide.
     *
     * @throws RefusedException for a file that breaks one of the limits or is not a workbook
     * @throws Exception        any parse or archive failure, translated by {@link WorkbookLoader}
     */
    static WorkbookGrid tryLoad(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> entries = entries(zip, name);
            Package pkg = new Package(zip, entries);
            if (!entries.containsKey("[content_types].xml")) return null;
            if (entries.containsKey("xl/workbook.bin")) throw WorkbookLoader.xlsb(name);
            Map<String, String> types = pkg.contentTypes();
            if (!entries.containsKey("xl/workbook.xml") && !types.containsValue(MAIN_TYPES.get(0))
                    && !types.containsValue(MAIN_TYPES.get(1))) {
                throw WorkbookLoader.notAWorkbook(name);
            }
            String workbookPath = pkg.officeDocument();
            if (workbookPath == null || !entries.containsKey(workbookPath.toLowerCase(Locale.ROOT))) return null;
            if (!MAIN_TYPES.contains(types.get(workbookPath))) return null; // a template, or an odd package: POI decides
            XMLReader xr = newReader();
            StreamingLoader.WorkbookPart wbPart;
            try (InputStream in = pkg.open(workbookPath)) {
                NamespaceProbe probe = new NamespaceProbe();
                wbPart = StreamingLoader.workbookPart(probe.wrap(in), xr);
                if (probe.strict) return null;
            }
            Map<String, String> rels = pkg.relationships(workbookPath);
            SharedStrings strings = new SharedStrings();
            String sst = firstOfType(types, SHARED_STRINGS_TYPE, entries);
            if (sst != null) {
                try (InputStream in = pkg.open(sst)) {
                    strings = SharedStrings.read(in, xr);
                }
            }
            NumberFormats styles = new NumberFormats();
            String st = firstOfType(types, STYLES_TYPE, entries);
            if (st != null) {
                try (InputStream in = pkg.open(st)) {
                    styles = NumberFormats.read(in, xr);
                }
            }
            CellValues values = new CellValues(wbPart.date1904());
            CellBudget budget = new CellBudget();
            List<SheetGrid> sheets = new ArrayList<>();
            List<StreamingLoader.SheetRef> refs = wbPart.sheets();
            for (int i = 0; i < refs.size(); i++) {
                StreamingLoader.SheetRef ref = refs.get(i);
                String target = ref.relId() == null ? null : rels.get(ref.relId());
                if (target == null || !entries.containsKey(target.toLowerCase(Locale.ROOT))) return null;
                SheetGrid grid = new SheetGrid(ref.name(), ref.hidden(), i, budget);
                try (InputStream in = pkg.open(target)) {
                    xr.setContentHandler(new StreamingLoader.SheetHandler(grid, strings, styles, values));
                    xr.parse(new InputSource(in));
                } catch (StreamingLoader.NeedsEvaluation e) {
                    return null;
                }
                sheets.add(grid);
            }
            return new WorkbookGrid(name, sheets);
        }
    }

    /** Entries by lower-cased name, refusing too many, empty or duplicate names. */
    private static Map<String, ZipEntry> entries(ZipFile zip, String name) throws RefusedException {
        if (zip.size() > ZipSecureFile.getMaxFileCount()) throw WorkbookLoader.tooManyEntries(name);
        Map<String, ZipEntry> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (var en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (e.getName().isEmpty()) throw WorkbookLoader.corruptArchive(name, "an entry with an empty name");
            String key = e.getName().toLowerCase(Locale.ROOT);
            if (!seen.add(key)) throw WorkbookLoader.duplicateEntry(name, e.getName());
            out.put(key, e);
            if (out.size() > ZipSecureFile.getMaxFileCount()) throw WorkbookLoader.tooManyEntries(name);
        }
        return out;
    }

    /** The first part (by name, as POI orders them) of a content type, or null. */
    private static String firstOfType(Map<String, String> types, String type, Map<String, ZipEntry> entries) {
        for (Map.Entry<String, String> t : types.entrySet()) {
            if (t.getValue().equals(type) && entries.containsKey(t.getKey().toLowerCase(Locale.ROOT))) return t.getKey();
        }
        return null;
    }

    /** The zip archive as parts addressed by path (no leading slash), every stream limited. */
    private static final class Package {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries;

        Package(ZipFile zip, Map<String, ZipEntry> entries) {
            this.zip = zip;
            this.entries = entries;
        }

        InputStream open(String path) throws IOException {
            ZipEntry e = entries.get(path.toLowerCase(Locale.ROOT));
            if (e == null) throw new IOException("missing part " + path);
            long declared = e.getSize();
            if (declared > WorkbookLoader.MAX_ENTRY_BYTES) throw new IOException(LimitedInflate.TOO_LARGE);
            return new LimitedInflate(zip.getInputStream(e), e.getCompressedSize());
        }

        /** The main part named by the package relationships, or null. */
        String officeDocument() throws Exception {
            for (Rel r : rels("_rels/.rels", "")) {
                if (r.type().equals(OFFICE_DOCUMENT) && !r.external()) return r.target();
            }
            return null;
        }

        /** Relationship ID → part path, for the relationships of {@code part}. */
        Map<String, String> relationships(String part) throws Exception {
            int slash = part.lastIndexOf('/');
            String dir = slash < 0 ? "" : part.substring(0, slash + 1);
            String relsPath = dir + "_rels/" + part.substring(slash + 1) + ".rels";
            Map<String, String> out = new HashMap<>();
            for (Rel r : rels(relsPath, dir)) {
                if (!r.external()) out.putIfAbsent(r.id(), r.target());
            }
            return out;
        }

        private List<Rel> rels(String relsPath, String baseDir) throws Exception {
            List<Rel> out = new ArrayList<>();
            if (!entries.containsKey(relsPath.toLowerCase(Locale.ROOT))) return out;
            XMLReader xr = newReader();
            xr.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (!"Relationship".equals(StreamingLoader.localName(local, qName))) return;
                    String target = a.getValue("Target");
                    String id = a.getValue("Id");
                    String type = a.getValue("Type");
                    if (target == null || id == null || type == null) return;
                    boolean external = "External".equals(a.getValue("TargetMode"));
                    out.add(new Rel(id, type, external ? target : resolve(baseDir, target), external));
                }
            });
            try (InputStream in = open(relsPath)) {
                xr.parse(new InputSource(in));
            }
            return out;
        }

        /** Part name → content type for every Override (sorted by name, as POI lists parts). */
        Map<String, String> contentTypes() throws Exception {
            Map<String, String> out = new TreeMap<>();
            XMLReader xr = newReader();
            xr.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (!"Override".equals(StreamingLoader.localName(local, qName))) return;
                    String part = a.getValue("PartName");
                    String type = a.getValue("ContentType");
                    if (part == null || type == null) return;
                    out.put(part.startsWith("/") ? part.substring(1) : part, type.strip());
                }
            });
            try (InputStream in = open("[Content_Types].xml")) {
                xr.parse(new InputSource(in));
            }
            return out;
        }
    }

    private record Rel(String id, String type, String target, boolean external) {}

    /** Resolves a relationship target against the source part's folder; no leading slash. */
    static String resolve(String baseDir, String target) {
        String t = target.replace('\\', '/');
        int q = t.indexOf('#');
        if (q >= 0) t = t.substring(0, q);
        String joined = t.startsWith("/") ? t.substring(1) : baseDir + t;
        List<String> parts = new ArrayList<>();
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    /** Remembers whether the workbook part is strict OOXML, by peeking at its first bytes. */
    private static final class NamespaceProbe {
        boolean strict;

        InputStream wrap(InputStream in) throws IOException {
            java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 8192);
            b.mark(4096);
            byte[] head = b.readNBytes(4096);
            b.reset();
            strict = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains(STRICT_MAIN_NS);
            return b;
        }
    }

    /**
     * Counts inflated bytes and stops an entry that grows beyond the entry limit or beyond the
     * inflate ratio, as POI's {@code ZipArchiveThresholdInputStream} does (messages say "zip bomb",
     * which {@link WorkbookLoader#translate} turns into the one-line refusal).
     */
    static final class LimitedInflate extends FilterInputStream {
        static final String TOO_LARGE = "Zip bomb detected: the entry would exceed the maximum expanded size";
        static final String TOO_DENSE = "Zip bomb detected: the entry would exceed the inflate ratio";
        private final long compressed;
        private long inflated;

        LimitedInflate(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        private void count(long n) throws IOException {
            if (n <= 0) return;
            inflated += n;
            if (inflated > WorkbookLoader.MAX_ENTRY_BYTES) throw new IOException(TOO_LARGE);
            if (inflated > ZipSecureFile.getGraceEntrySize() && compressed >= 0
                    && (double) compressed / inflated < WorkbookLoader.MIN_INFLATE_RATIO) {
                throw new IOException(TOO_DENSE);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }
    }
}
