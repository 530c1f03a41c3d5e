package org.vendorbench.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of an .xlsx, read with SAX from the styles part (POI's
 * {@code StylesTable} builds an XMLBeans tree of fonts, fills and borders the reader never uses).
 * Gives what the usermodel's {@code XSSFCellStyle.getDataFormat()/getDataFormatString()} give: the
 * xf's numFmtId, and the workbook's own format for that ID, else the built-in one.
 */
final class NumberFormats {
    private final Map<Integer, String> custom = new HashMap<>();
    private final List<Integer> xfFormatIds = new ArrayList<>();

    NumberFormats(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        if (parts.isEmpty()) return;
        try (InputStream in = parts.get(0).getInputStream()) {
            parse(in, XMLHelper.newXMLReader());
        }
    }

    /** No styles part: every cell is General. */
    NumberFormats() {}

    /** Reads numFmts and cellXfs from the styles part's XML with the given (secure) parser. */
    static NumberFormats read(InputStream in, XMLReader xr) throws Exception {
        NumberFormats f = new NumberFormats();
        f.parse(in, xr);
        return f;
    }

    private void parse(InputStream in, XMLReader xr) throws Exception {
        xr.setContentHandler(new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                String n = StreamingLoader.localName(local, qName);
                switch (n) {
                    case "numFmt" -> {
                        String id = a.getValue("numFmtId");
                        String code = a.getValue("formatCode");
                        if (id != null && code != null) custom.put(Integer.parseInt(id.trim()), code);
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = a.getValue("numFmtId");
                            xfFormatIds.add(id == null ? 0 : Integer.parseInt(id.trim()));
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                String n = StreamingLoader.localName(local, qName);
                if (n.equals("cellXfs")) inCellXfs = false;
            }
        });
        xr.parse(new InputSource(in));
    }

    /** The numFmtId of a style index (0, General, when the index or the styles are missing). */
    int formatIndex(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= xfFormatIds.size()) {
            return xfFormatIds.isEmpty() ? 0 : xfFormatIds.get(0);
        }
        return xfFormatIds.get(styleIndex);
    }

    /** {@link #formatString} of each style's numFmtId, filled as styles are met (every number cell asks). */
    private String[] formatOfStyle;

    /** {@code formatString(formatIndex(styleIndex))}, remembered per style index. */
    String formatStringOfStyle(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= xfFormatIds.size()) return formatString(formatIndex(styleIndex));
        if (formatOfStyle == null) formatOfStyle = new String[xfFormatIds.size()];
        String f = formatOfStyle[styleIndex];
        if (f == null) {
            f = formatString(xfFormatIds.get(styleIndex));
            formatOfStyle[styleIndex] = f;
        }
        return f;
    }

    /** The format string of a numFmtId: the workbook's own, else the built-in one, else General. */
    String formatString(int formatIndex) {
        String f = custom.get(formatIndex);
        if (f == null) f = BuiltinFormats.getBuiltinFormat(formatIndex);
        return f == null ? "General" : f;
    }
}
