package org.vendorbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.workbook.RfpTemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vendorbench rfp-template --out F.xlsx}: writes a blank RFP definition workbook. */
@Command(name = "rfp-template", mixinStandardHelpOptions = true,
        description = "Write a blank RFP definition workbook (with the article's KPIs, TCO defaults and checklist).")
public final class RfpTemplateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "Output workbook (replaced if it exists).")
    Path out;

    @Override
    public Integer call() throws Exception {
        RfpTemplateWriter.write(out);
        return ExitCodes.OK;
    }
}
