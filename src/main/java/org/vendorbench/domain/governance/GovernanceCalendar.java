package org.vendorbench.domain.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The vendor governance calendar as an RFC 5545 iCalendar file: one recurring all-day VEVENT per
 * row of the article's cadence table (weekly, monthly, quarterly, annual), each starting on
 * {@code start} with the article's aim and agenda in its DESCRIPTION.
 *
 * <p>Choices: events are all-day ({@code DTSTART;VALUE=DATE}, {@code DTEND} the next day) so no
 * VTIMEZONE is needed and every calendar shows them on the same date; {@code zone} is written as
 * {@code X-WR-TIMEZONE} (the calendar's home zone for clients that create timed copies). A series
 * that would start on the 29th–31st is moved to the last day of that month and recurs on the last
 * day of the month ({@code BYMONTHDAY=-1}), because RFC 5545 skips months without that day; a
 * yearly series on 29 February recurs on the last day of February. UIDs are stable per vendor and
 * cadence ({@code governance-weekly-<sha256(vendor)[0..16]>@uidDomain}) so re-importing replaces
 * the series. No METHOD property: the file is a plain calendar to import, not an iTIP message
 * (METHOD:PUBLISH would require an ORGANIZER per RFC 5546). The output depends only on the
 * arguments (deterministic).
 */
public final class GovernanceCalendar {
    public static final String PRODID = "-//Vendorbench//Vendor Governance Calendar 1.0//EN";
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private GovernanceCalendar() {}

    /** One recurring review as it goes into the calendar. */
    public record Event(GovernanceCadence cadence, String uid, LocalDate firstDate, String rrule, String summary,
                        String description) {}

    /** The four events (pure data, for previews and tests). */
    public static List<Event> events(String vendor, LocalDate start, String uidDomain) {
        requireVendor(vendor);
        Objects.requireNonNull(start, "start");
        if (uidDomain == null || !DOMAIN.matcher(uidDomain).matches()) {
            throw new IllegalArgumentException("UID domain must be a host name such as vendorbench.local, got: " + uidDomain);
        }
        String hash = vendorHash(vendor);
        List<Event> events = new ArrayList<>();
        for (GovernanceCadence c : GovernanceCadence.values()) {
            LocalDate first = start;
            String rrule = c.rrule;
            if (c != GovernanceCadence.WEEKLY && start.getDayOfMonth() > 28) {
                boolean feb29 = start.getMonthValue() == 2 && start.getDayOfMonth() == 29;
                if (c != GovernanceCadence.ANNUAL) {
                    first = start.with(TemporalAdjusters.lastDayOfMonth());
                    rrule += ";BYMONTHDAY=-1";
                } else if (feb29) {
                    rrule += ";BYMONTH=2;BYMONTHDAY=-1";
                }
            }
            String summary = c.label + " vendor review – " + vendor.strip();
            String description = c.label + " governance review with " + vendor.strip() + ".\n" + c.aim + "\n\nAgenda:\n- "
                    + String.join("\n- ", c.agenda);
            events.add(new Event(c, "governance-" + c.name().toLowerCase(java.util.Locale.ROOT) + "-" + hash + "@" + uidDomain,
                    first, rrule, summary, description));
        }
        return events;
    }

    /**
     * The calendar text (CRLF line endings, folded at 75 octets).
     *
     * @param zone    the organisation's time zone (X-WR-TIMEZONE; events are all-day)
     * @param dtstamp when the calendar was generated (DTSTAMP, written in UTC)
     */
    public static String ics(String vendor, LocalDate start, ZoneId zone, String uidDomain, Instant dtstamp) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dtstamp, "dtstamp");
        List<Event> events = events(vendor, start, uidDomain);
        String stamp = STAMP.format(dtstamp.truncatedTo(ChronoUnit.SECONDS));
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:" + PRODID);
        line(b, "CALSCALE:GREGORIAN");
        line(b, "X-WR-CALNAME:" + IcsText.escape("Vendor governance – " + vendor.strip()));
        line(b, "X-WR-TIMEZONE:" + IcsText.escape(zone.getId()));
        for (Event e : events) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + e.uid());
            line(b, "DTSTAMP:" + stamp);
            line(b, "DTSTART;VALUE=DATE:" + DATE.format(e.firstDate()));
            line(b, "DTEND;VALUE=DATE:" + DATE.format(e.firstDate().plusDays(1)));
            line(b, "RRULE:" + e.rrule());
            line(b, "SUMMARY:" + IcsText.escape(e.summary()));
            line(b, "DESCRIPTION:" + IcsText.escape(e.description()));
            line(b, "CATEGORIES:" + IcsText.escape("Vendor governance"));
            line(b, "TRANSP:TRANSPARENT");
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    private static void line(StringBuilder b, String contentLine) {
        b.append(IcsText.fold(contentLine));
    }

    private static void requireVendor(String vendor) {
        if (vendor == null || vendor.isBlank()) throw new IllegalArgumentException("vendor name is blank");
    }

    private static String vendorHash(String vendor) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(vendor.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
