package dev.quiver.marketdata;

/**
 * The provider refused the request's credentials (an API key, a cookie and crumb), or a key it needs
 * is not configured. Retrying does not help until the configuration changes.
 */
public final class UnauthorizedException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param source the source's name
     * @param detail what was refused or is missing, and how to fix it when known
     */
    public UnauthorizedException(String source, String detail) {
        super(source, "not authorized: " + detail, null);
    }
}
