package org.vendorbench.domain.scoring;

/** One listed item: a question ID, a KPI ID or {@code P-MODEL}/{@code P-RATE} for NO_PRICING. */
public record Listed(String id, ListedReason reason) {}
