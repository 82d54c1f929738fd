package io.lakejob.sdk.model.permission;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/**
 * Whether a permission request grants, revokes or replaces privileges (reference 5.1 and 5.3).
 * Unknown values are kept, but requests accept only the known ones.
 */
public final class PermissionAction extends ExtensibleEnum {
    private static final EnumRegistry<PermissionAction> REGISTRY = new EnumRegistry<>(PermissionAction::new);

    /** Grants the listed privileges. */
    public static final PermissionAction GRANT = REGISTRY.known("grant");
    /** Revokes the listed privileges. */
    public static final PermissionAction REVOKE = REGISTRY.known("revoke");
    /**
     * Clears every privilege the user had on the object and grants the listed ones; an empty list
     * revokes everything. Only a user holding both grant and revoke privileges may use it.
     */
    public static final PermissionAction UPDATE = REGISTRY.known("update");

    private PermissionAction(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static PermissionAction of(String value) {
        return REGISTRY.of("action", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<PermissionAction> knownValues() {
        return REGISTRY.values();
    }
}
