package dev.quiver.server.download;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.download.DownloadRequest;
import dev.quiver.marketdata.download.SourceName;
import dev.quiver.marketdata.download.SymbolReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One download job: its symbols and how far each got. Changed by the job's thread as symbols
 * finish, read by requests through {@link #snapshot()}. Thread-safe.
 */
public final class DownloadJob {

    /** Where a job or one of its symbols is. */
    public enum State {
        /** Waiting for a download thread. */
        QUEUED,
        /** Being downloaded. */
        RUNNING,
        /** Over; for a job, at least one symbol succeeded (the others carry their failure). */
        DONE,
        /** Over without success: every symbol failed, or the job itself broke. */
        FAILED,
        /** Stopped before its end, because the server stopped. */
        CANCELLED;

        /** The lower-case name the API uses. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether nothing changes any more. */
        public boolean isFinal() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    /**
     * One symbol as it stands.
     *
     * @param symbol the symbol
     * @param state its state
     * @param bars bars stored, null until it succeeded
     * @param actions corporate actions stored, null until it succeeded
     * @param warnings what the source's answers held that was skipped or doubtful
     * @param failure why it failed, or null
     */
    public record Item(
            AssetId symbol,
            State state,
            Integer bars,
            Integer actions,
            List<String> warnings,
            RuntimeException failure) {

        /** Copies the warnings. */
        public Item {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The job at one moment. Immutable.
     *
     * @param id the job's id
     * @param state the job's state
     * @param source the source's code, such as {@code yahoo}
     * @param from the first date asked, inclusive
     * @param to the last date asked, inclusive
     * @param refresh whether the last days are fetched again
     * @param created when the job was accepted
     * @param finished when it ended, or null
     * @param completed how many symbols are over
     * @param items every symbol, in the order asked
     * @param failure why the job itself broke, or null
     */
    public record Snapshot(
            String id,
            State state,
            String source,
            LocalDate from,
            LocalDate to,
            boolean refresh,
            Instant created,
            Instant finished,
            int completed,
            List<Item> items,
            RuntimeException failure) {

        /** Copies the items. */
        public Snapshot {
            items = List.copyOf(items);
        }

        /** How many symbols the job has. */
        public int total() {
            return items.size();
        }
    }

    private final String id;
    private final DownloadRequest request;
    private final SourceName source;
    private final Instant created;
    private final Map<AssetId, Item> items = new LinkedHashMap<>();
    private State state = State.QUEUED;
    private Instant finished;
    private int completed;
    private RuntimeException failure;

    DownloadJob(String id, DownloadRequest request, SourceName source, Instant created) {
        this.id = Objects.requireNonNull(id, "id");
        this.request = Objects.requireNonNull(request, "request");
        this.source = Objects.requireNonNull(source, "source");
        this.created = Objects.requireNonNull(created, "created");
        for (AssetId symbol : request.symbols()) {
            items.put(symbol, new Item(symbol, State.QUEUED, null, null, List.of(), null));
        }
    }

    /** The job's id. */
    public String id() {
        return id;
    }

    DownloadRequest request() {
        return request;
    }

    SourceName source() {
        return source;
    }

    /** The job as it stands. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(
                id,
                state,
                source.code(),
                request.range().startInclusive(),
                request.range().endExclusive().minusDays(1),
                request.refresh(),
                created,
                finished,
                completed,
                List.copyOf(items.values()),
                failure);
    }

    synchronized boolean isFinal() {
        return state.isFinal();
    }

    synchronized void started() {
        if (state == State.QUEUED) {
            state = State.RUNNING;
            items.replaceAll((symbol, item) ->
                    item.state() == State.QUEUED ? new Item(symbol, State.RUNNING, null, null, List.of(), null) : item);
        }
    }

    synchronized void finished(SymbolReport report) {
        Item item = report.succeeded()
                ? new Item(report.symbol(), State.DONE, report.bars(), report.actions(), report.warnings(), null)
                : new Item(report.symbol(), State.FAILED, null, null, report.warnings(), report.failure());
        if (items.put(report.symbol(), item) != null && !state.isFinal()) {
            completed++;
        }
    }

    synchronized void ended(Instant at) {
        if (!state.isFinal()) {
            boolean anySucceeded = items.values().stream().anyMatch(item -> item.state() == State.DONE);
            end(anySucceeded ? State.DONE : State.FAILED, at);
        }
    }

    synchronized void broke(RuntimeException cause, Instant at) {
        if (!state.isFinal()) {
            failure = cause;
            end(State.FAILED, at);
        }
    }

    synchronized void cancelled(Instant at) {
        if (!state.isFinal()) {
            end(State.CANCELLED, at);
        }
    }

    private void end(State last, Instant at) {
        state = last;
        finished = at;
        items.replaceAll((symbol, item) ->
                item.state().isFinal() ? item : new Item(symbol, State.CANCELLED, null, null, item.warnings(), null));
    }
}
