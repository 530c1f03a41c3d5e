package org.vendorbench.store;

import org.vendorbench.domain.RefusedException;

/**
 * Refusal of a read-write open because another window or process holds the workspace. A caller
 * can catch it to offer {@link Workspace#openReadOnly} instead.
 */
public class WorkspaceInUseException extends RefusedException {
    private static final long serialVersionUID = 1L;
    private final String holder;

    public WorkspaceInUseException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    /** Who holds it: {@code user@host (pid N, since T)}. */
    public String holder() {
        return holder;
    }
}
