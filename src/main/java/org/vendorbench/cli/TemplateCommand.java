package org.vendorbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vendorbench.domain.Rfp;
import org.vendorbench.workbook.QuestionnaireWriter;
import org.vendorbench.workbook.RfpReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vendorbench template --rfp RFP.xlsx --out questionnaire.xlsx [--vendor NAME]
 * [--disclose-weights]}: writes the vendor response workbook for an RFP. A refused RFP exits 2
 * with one line and writes nothing.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the vendor response workbook (questionnaire) for an RFP definition workbook.")
public final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--rfp", required = true, paramLabel = "RFP.xlsx", description = "RFP definition workbook.")
    Path rfp;

    @Option(names = "--out", required = true, paramLabel = "F.xlsx", description = "Output questionnaire (replaced if it exists).")
    Path out;

    @Option(names = "--vendor", paramLabel = "NAME", description = "Vendor name to pre-fill on the Cover sheet.")
    String vendor;

    @Option(names = "--disclose-weights",
            description = "Also show the buyer's weights, knockouts and scoring rules (hidden by default).")
    boolean discloseWeights;

    @Option(names = "--password", paramLabel = "P", description = "Password of an encrypted RFP workbook.")
    String password;

    @Override
    public Integer call() throws Exception {
        Rfp definition = RfpReader.read(rfp, password);
        QuestionnaireWriter.write(definition, vendor, discloseWeights, out);
        return ExitCodes.OK;
    }
}
