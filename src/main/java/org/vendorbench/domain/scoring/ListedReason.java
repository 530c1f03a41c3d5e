package org.vendorbench.domain.scoring;

/**
 * Why an item is listed on a vendor's score card (scoring-and-tco.md §9 "More JSON fields"): an
 * answer that scored 0 because it was missing, not applicable or unreadable, a KPI commitment
 * left blank, or no usable pricing (added by {@link Ranking}).
 */
public enum ListedReason { MISSING, NA, UNREADABLE, MISSING_KPI, NO_PRICING }
