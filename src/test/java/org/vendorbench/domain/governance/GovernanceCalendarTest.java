package org.vendorbench.domain.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

class GovernanceCalendarTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Instant STAMP = Instant.parse("2026-11-27T01:02:03.456Z");
    private static final String NASTY = "Acme, Inc; Patient \\ Access 🚑 Ünïcödé 医療コールセンター";

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void parsesBackWithFourRecurringReviews() throws Exception {
        String ics = GovernanceCalendar.ics("Acme Patient Access", START, ZONE, "vendorbench.local", STAMP);
        Calendar cal = parse(ics);
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        assertThat(cal.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(cal.getProperty(Property.PRODID).map(Property::getValue)).contains(GovernanceCalendar.PRODID);
        assertThat(cal.getProperty(Property.CALSCALE).map(Property::getValue)).contains("GREGORIAN");
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).hasSize(4);
        assertThat(events).extracting(e -> prop(e, Property.RRULE))
                .containsExactly("FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3", "FREQ=YEARLY");
        RRule<?> quarterly = events.get(2).getRequiredProperty(Property.RRULE);
        assertThat(quarterly.getRecur().getInterval()).isEqualTo(3);
        for (VEvent e : events) {
            assertThat(prop(e, Property.DTSTART)).isEqualTo("20270104");
            assertThat(e.getRequiredProperty(Property.DTSTART).getParameter("VALUE").map(Object::toString)).contains("VALUE=DATE");
            assertThat(prop(e, Property.DTEND)).isEqualTo("20270105");
            assertThat(prop(e, Property.DTSTAMP)).isEqualTo("20261127T010203Z");
            assertThat(prop(e, Property.UID)).endsWith("@vendorbench.local");
            assertThat(prop(e, Property.SUMMARY)).endsWith("vendor review – Acme Patient Access");
        }
        assertThat(events).extracting(e -> prop(e, Property.UID)).doesNotHaveDuplicates();
    }

    @Test
    void descriptionsCarryTheArticlesAgenda() throws Exception {
        List<VEvent> events = parse(GovernanceCalendar.ics("Acme", START, ZONE, "vendorbench.local", STAMP)).getComponents("VEVENT");
        String weekly = prop(events.get(0), Property.DESCRIPTION);
        assertThat(weekly).contains("Review abandonment rate, ASA, FCR and flag anomalies.")
                .contains("- Review abandonment rate\n").contains("(ASA)").contains("(FCR)").endsWith("- Flag anomalies");
        assertThat(prop(events.get(1), Property.DESCRIPTION)).contains("minimum of 15 recorded calls across different call types")
                .contains("Review agent attrition").contains("Confirm the team size and hierarchy");
        assertThat(prop(events.get(2), Property.DESCRIPTION)).contains("full performance report against all KPIs with trend analysis")
                .contains("improve efficiency while upholding quality");
        assertThat(prop(events.get(3), Property.DESCRIPTION)).contains("Formally review the contract").contains("Reassess KPIs")
                .contains("technology stack");
    }

    @Test
    void recurrenceExpandsToTheExpectedDates() throws Exception {
        List<VEvent> events = parse(GovernanceCalendar.ics("Acme", START, ZONE, "x.test", STAMP)).getComponents("VEVENT");
        Period<LocalDate> year = new Period<>(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        Set<Period<LocalDate>> weekly = events.get(0).calculateRecurrenceSet(year);
        Set<Period<LocalDate>> quarterly = events.get(2).calculateRecurrenceSet(year);
        assertThat(weekly).hasSize(52);
        assertThat(quarterly.stream().map(Period::getStart).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 4), LocalDate.of(2027, 7, 4),
                        LocalDate.of(2027, 10, 4));
        assertThat(events.get(3).calculateRecurrenceSet(year)).hasSize(1);
    }

    @Test
    void monthEndStartsRecurOnTheLastDayOfTheMonth() throws Exception {
        List<VEvent> events = parse(GovernanceCalendar.ics("Acme", LocalDate.of(2027, 1, 30), ZONE, "x.test", STAMP))
                .getComponents("VEVENT");
        assertThat(prop(events.get(0), Property.DTSTART)).isEqualTo("20270130");
        assertThat(prop(events.get(1), Property.DTSTART)).isEqualTo("20270131");
        assertThat(prop(events.get(1), Property.RRULE)).isEqualTo("FREQ=MONTHLY;BYMONTHDAY=-1");
        Period<LocalDate> half = new Period<>(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30));
        assertThat(events.get(1).calculateRecurrenceSet(half).stream().map(p -> (LocalDate) p.getStart()).sorted().toList())
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 30));
        assertThat(prop(events.get(3), Property.RRULE)).as("every year has 30 January").isEqualTo("FREQ=YEARLY");
        List<VEvent> leap = parse(GovernanceCalendar.ics("Acme", LocalDate.of(2028, 2, 29), ZONE, "x.test", STAMP))
                .getComponents("VEVENT");
        assertThat(prop(leap.get(3), Property.RRULE)).isEqualTo("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
    }

    @Test
    void linesUseCrlfAndFoldAt75OctetsWithoutSplittingCharacters() throws Exception {
        String ics = GovernanceCalendar.ics(NASTY + " " + "🩺".repeat(40), START, ZONE, "vendorbench.local", STAMP);
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        int folded = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                int len = i - lineStart;
                assertThat(len).isLessThanOrEqualTo(75);
                // each physical line must be valid UTF-8 on its own: no character split across a fold
                strictDecode(bytes, lineStart, len);
                if (bytes[lineStart] == ' ') folded++;
                lineStart = i + 2;
                i++;
            }
        }
        assertThat(folded).isGreaterThan(4);
    }

    @Test
    void escapesTextAndRoundTripsAVendorNameWithSpecialCharacters() throws Exception {
        String ics = GovernanceCalendar.ics(NASTY, START, ZONE, "vendorbench.local", STAMP);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Weekly vendor review – Acme\\, Inc\\; Patient \\\\ Access 🚑");
        assertThat(unfolded).contains("\\n\\nAgenda:\\n- ");
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(prop(events.get(0), Property.SUMMARY)).isEqualTo("Weekly vendor review – " + NASTY);
        assertThat(prop(events.get(1), Property.DESCRIPTION)).startsWith("Monthly governance review with " + NASTY + ".\n");
    }

    @Test
    void outputIsDeterministicAndUidsAreStablePerVendor() {
        String a = GovernanceCalendar.ics("Acme", START, ZONE, "vendorbench.local", STAMP);
        assertThat(GovernanceCalendar.ics("Acme", START, ZONE, "vendorbench.local", STAMP)).isEqualTo(a);
        List<GovernanceCalendar.Event> acme = GovernanceCalendar.events("Acme", START, "vendorbench.local");
        List<GovernanceCalendar.Event> moved = GovernanceCalendar.events("Acme", START.plusWeeks(3), "vendorbench.local");
        List<GovernanceCalendar.Event> other = GovernanceCalendar.events("Beta Health", START, "vendorbench.local");
        assertThat(moved).extracting(GovernanceCalendar.Event::uid).isEqualTo(acme.stream().map(GovernanceCalendar.Event::uid).toList());
        assertThat(other.get(0).uid()).isNotEqualTo(acme.get(0).uid());
        assertThat(acme.get(0).uid()).matches("governance-weekly-[0-9a-f]{16}@vendorbench\\.local");
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> GovernanceCalendar.ics(" ", START, ZONE, "x.test", STAMP)).hasMessageContaining("vendor");
        assertThatThrownBy(() -> GovernanceCalendar.ics("Acme", START, ZONE, "bad domain;", STAMP)).hasMessageContaining("UID domain");
    }

    @Test
    void escapeAndFoldHelpers() {
        assertThat(IcsText.escape("a\\b;c,d\r\ne\nf\rg\u0001h")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng h");
        assertThat(IcsText.escape("x\uD800y")).isEqualTo("x\uFFFDy");
        String line = "DESCRIPTION:" + "é".repeat(40);
        String folded = IcsText.fold(line);
        assertThat(folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(75);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        assertThat(IcsText.fold("SHORT:x")).isEqualTo("SHORT:x\r\n");
        assertThat(IcsText.fold("X:" + "a".repeat(73))).doesNotContain("\r\n ");
        assertThat(IcsText.fold("X:" + "a".repeat(74))).contains("\r\n a");
    }

    private static void strictDecode(byte[] bytes, int from, int len) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, len));
    }
}
