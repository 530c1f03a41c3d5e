package org.vendorbench.domain.checklist;

import java.util.regex.Pattern;

/**
 * Which SOC 2 report a vendor's answer claims. The article requires Type II ("not just Type I"),
 * so a vendor whose answer says Type I only FAILS the SOC 2 item; this is read from the answer
 * itself (a CHOICE option such as {@code SOC 2 Type I}, or free text), never from a note.
 */
public enum Soc2Kind {
    /** Type II claimed (possibly alongside Type I). */
    TYPE_II,
    /** Type I and no Type II: fails the SOC 2 item. */
    TYPE_I_ONLY,
    /** No current SOC 2 report ("None", "No", "ISO 27001 only", "Type II in progress"). */
    NONE,
    /** Nothing recognisable about the SOC 2 type. */
    UNKNOWN;

    private static final Pattern TYPE_2 = Pattern.compile("type (ii|2)(?![\\p{L}\\p{N}])");
    private static final Pattern TYPE_1 = Pattern.compile("type (i|1)(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_YET = Pattern.compile(
            "(in progress|planned|pursuing|expected|underway|under way|scheduled|working (towards?|on)|pending|in preparation|not yet)");
    private static final Pattern NONE_TEXT = Pattern.compile("^(none|no|n|false|0|✗|not (yet )?certified|iso 27001 only)(?![\\p{L}\\p{N}])");

    /**
     * Reads the kind from a vendor's answer text (raw or normalised). A Type II mention qualified
     * as not yet achieved ("Type I; Type II in progress") does not count as Type II.
     */
    public static Soc2Kind of(String answer) {
        if (answer == null || answer.isBlank()) return UNKNOWN;
        String n = ChecklistTopic.normalise(answer);
        boolean type1 = TYPE_1.matcher(n).find();
        if (TYPE_2.matcher(n).find()) {
            if (!NOT_YET.matcher(n).find()) return TYPE_II;
            return type1 ? TYPE_I_ONLY : NONE;
        }
        if (type1) return TYPE_I_ONLY;
        if (NONE_TEXT.matcher(n).find()) return NONE;
        return UNKNOWN;
    }
}
