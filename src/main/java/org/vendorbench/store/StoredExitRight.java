package org.vendorbench.store;

import java.time.LocalDate;
import org.vendorbench.domain.monitoring.KpiMonitor;

/** An exit right as recorded in the workspace: the month past the exit threshold, and the day it was recorded. */
public record StoredExitRight(KpiMonitor.ExitRight right, LocalDate recordedOn) {}
