package dev.quiver.marketdata.download;

import dev.quiver.marketdata.Configuration;

/**
 * How a download runs. Immutable and thread-safe.
 *
 * @param concurrency how many symbols are fetched at once, at least 1 (the source's rate limit still
 *     spaces their requests)
 * @param refreshDays how many days at the end of the range a refresh fetches again, at least 1
 */
public record DownloadSettings(int concurrency, int refreshDays) {

    /** Configuration key of the concurrency (default 4). */
    public static final String CONCURRENCY_KEY = "download.concurrency";

    /** Configuration key of the days a refresh fetches again (default 30). */
    public static final String REFRESH_DAYS_KEY = "download.refresh-days";

    /** Checks both values. */
    public DownloadSettings {
        if (concurrency < 1 || refreshDays < 1) {
            throw new IllegalArgumentException(
                    "concurrency and refresh days must be at least 1: " + concurrency + ", " + refreshDays);
        }
    }

    /** The settings of {@code config}. */
    public static DownloadSettings from(Configuration config) {
        return new DownloadSettings(config.count(CONCURRENCY_KEY, 4, 1), config.count(REFRESH_DAYS_KEY, 30, 1));
    }
}
