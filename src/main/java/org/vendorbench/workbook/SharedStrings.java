package org.vendorbench.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-string table of an .xlsx read with SAX into plain strings. POI's
 * {@code ReadOnlySharedStringsTable} builds an XMLBeans rich-text object per lookup, which made it
 * the largest cost of the streaming read; this gives the same text as the usermodel
 * ({@code XSSFRichTextString.getString()}: runs concatenated, phonetic runs left out,
 * {@code _xHHHH_} escapes decoded).
 */
final class SharedStrings {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final List<String> strings = new ArrayList<>();

    SharedStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
        if (parts.isEmpty()) return;
        try (InputStream in = parts.get(0).getInputStream()) {
            parse(in, XMLHelper.newXMLReader());
        }
    }

    /** An empty table (a workbook without a shared-strings part). */
    SharedStrings() {}

    /** Reads the table from the part's XML with the given (secure) parser. */
    static SharedStrings read(InputStream in, XMLReader xr) throws Exception {
        SharedStrings s = new SharedStrings();
        s.parse(in, xr);
        return s;
    }

    private void parse(InputStream in, XMLReader xr) throws Exception {
        xr.setContentHandler(new Handler());
        xr.parse(new InputSource(in));
    }

    String get(int index) {
        if (index < 0 || index >= strings.size()) {
            throw new IllegalArgumentException("shared string " + index + " does not exist");
        }
        return strings.get(index);
    }

    /** Decodes the {@code _xHHHH_} escapes Excel writes for control characters. */
    static String decode(String s) {
        if (s.indexOf("_x") < 0) return s;
        Matcher m = ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private final class Handler extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private boolean inT;
        private int phonetic;

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            String n = StreamingLoader.localName(local, qName);
            switch (n) {
                case "si" -> text.setLength(0);
                case "rPh" -> phonetic++;
                case "t" -> inT = phonetic == 0;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String n = StreamingLoader.localName(local, qName);
            switch (n) {
                case "si" -> strings.add(decode(text.toString()));
                case "rPh" -> phonetic--;
                case "t" -> inT = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT) text.append(ch, start, length);
        }
    }
}
