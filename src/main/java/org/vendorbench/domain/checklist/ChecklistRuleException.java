package org.vendorbench.domain.checklist;

/** A checklist change that breaks a rule; the message is one line and says what is missing. */
public class ChecklistRuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ChecklistRuleException(String message) {
        super(message);
    }
}
