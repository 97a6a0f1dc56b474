package dev.quiver.marketdata.download;

/**
 * Told as each symbol of a download finishes, on the thread that called {@link Downloader#download},
 * in the order symbols finish; implementations need not be thread-safe.
 */
@FunctionalInterface
public interface DownloadListener {

    /**
     * One more symbol is done.
     *
     * @param report how it went
     * @param done how many symbols are done, this one included
     * @param total how many symbols the download has
     */
    void finished(SymbolReport report, int done, int total);

    /** A listener that ignores everything. */
    static DownloadListener none() {
        return (report, done, total) -> {};
    }
}
