package org.vendorbench.store;

/**
 * The outcome of importing one response workbook into the workspace.
 *
 * @param responseId the new response's row id (its history id)
 * @param vendor     the vendor as stored (first spelling wins)
 * @param replaced   true when an earlier response of that vendor became history
 */
public record ImportResult(long responseId, String vendor, String blindLabel, boolean replaced, int answers,
                           int warnings) {}
