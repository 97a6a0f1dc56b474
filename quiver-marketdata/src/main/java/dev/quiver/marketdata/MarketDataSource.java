package dev.quiver.marketdata;

/**
 * A provider of bars and corporate actions, such as Yahoo Finance.
 *
 * <p>A fetch returns <em>raw</em> (as traded) prices, the provider's own adjusted close where it has
 * one, and the splits and cash dividends (as paid) that it knows for the range: whatever convention
 * the provider answers in is undone inside the adapter. Adapters are polite on their own: they wait
 * for their rate limit and retry transient failures before giving up.
 *
 * <p>Implementations are thread-safe: a downloader fetches several symbols at once through one
 * source, and its rate limit is shared by all of them.
 */
public interface MarketDataSource {

    /** The short name stored as the source of what is fetched: {@code yahoo}, {@code alphavantage}... */
    String name();

    /**
     * Fetches the bars of one symbol whose session dates lie in the request's range, with the
     * corporate actions the provider gives for that range.
     *
     * @param request what to fetch, never null
     * @return the raw bars (possibly none when the provider answered but had no session in the
     *     range) and what the adapter noticed about them; never null
     * @throws SymbolNotFoundException if the provider does not know the symbol
     * @throws NoDataInRangeException if the provider says it has no data in the range
     * @throws UnauthorizedException if the provider refuses the credentials (or there are none)
     * @throws RateLimitedException if the provider still refuses for too many requests after the
     *     retries, or the local rate limit would make the caller wait too long
     * @throws ProviderErrorException if the provider answers with an error status after the retries
     * @throws MalformedResponseException if an answer cannot be understood
     * @throws NetworkUnreachableException if the provider cannot be reached
     * @throws java.util.concurrent.CancellationException if the thread is interrupted while waiting
     */
    FetchResult fetch(BarRequest request);
}
