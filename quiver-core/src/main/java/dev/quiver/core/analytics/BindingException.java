package dev.quiver.core.analytics;

/**
 * Arguments that do not fit an analytic's parameters: unknown name, too many positional arguments,
 * a parameter given twice, or a value outside its allowed range. The message says which analytic,
 * which parameter, what is allowed and what was given, e.g. {@code sma: timeperiod must be an
 * integer in [2, 100000], was -5}.
 */
public final class BindingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with its complete message. */
    public BindingException(String message) {
        super(message);
    }

    static BindingException notAllowed(String analytic, ParamSpec spec, ArgumentValue value) {
        return new BindingException(
                analytic + ": " + spec.name() + " must be " + spec.allowed() + ", was " + value.text());
    }
}
