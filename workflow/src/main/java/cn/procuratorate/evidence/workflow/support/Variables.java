package cn.procuratorate.evidence.workflow.support;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables with errors that name the variable, so that a missing or
 * mistyped variable shows up in Cockpit as what it is rather than as a ClassCastException.
 */
public final class Variables {

    private Variables() {
    }

    public static String requireString(VariableScope scope, String name) {
        String value = optionalString(scope, name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("process variable \"" + name + "\" is required");
        }
        return value;
    }

    public static String optionalString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new IllegalStateException("process variable \"" + name + "\" must be a string, got "
                    + value.getClass().getSimpleName());
        }
        return text;
    }

    public static String stringOr(VariableScope scope, String name, String fallback) {
        String value = optionalString(scope, name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static boolean requireBoolean(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Boolean flag)) {
            throw new IllegalStateException("process variable \"" + name + "\" must be true or false, got "
                    + (value == null ? "nothing" : value));
        }
        return flag;
    }

    public static Date requireDate(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Date date)) {
            throw new IllegalStateException("process variable \"" + name + "\" must be a date, got "
                    + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        return date;
    }

    public static Date optionalDate(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Date date ? date : null;
    }
}
