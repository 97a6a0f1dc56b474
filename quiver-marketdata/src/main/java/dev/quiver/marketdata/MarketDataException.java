package dev.quiver.marketdata;

import java.util.Objects;

/**
 * Why a fetch failed: one of a closed set of reasons, each a subclass with the details a caller
 * needs to decide what to do (give up on the symbol, wait, fix a key, report the provider). The
 * message is one line that starts with the source's name and says what and where.
 */
public abstract sealed class MarketDataException extends RuntimeException
        permits SymbolNotFoundException,
                NoDataInRangeException,
                UnauthorizedException,
                RateLimitedException,
                ProviderErrorException,
                MalformedResponseException,
                NetworkUnreachableException {

    private static final long serialVersionUID = 1L;

    private final String source;

    MarketDataException(String source, String message, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ": " + message, cause);
        this.source = source;
    }

    /** The name of the source that failed, such as {@code yahoo}. */
    public String source() {
        return source;
    }
}
