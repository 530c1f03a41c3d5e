package org.vendorbench.domain;

/** One importer warning; {@code sheet}/{@code cell} are null when there is no row to point at. */
public record ImportWarning(WarningCode code, String sheet, String cell, String message) {}
