package dev.quiver.store;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.series.Adjustment;
import dev.quiver.core.series.BarSeries;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * Assets, raw bars, corporate actions and coverage in one SQLite file, with adjusted views computed
 * on read.
 *
 * <p>The file uses WAL journaling with {@code synchronous=NORMAL}, foreign keys and a busy timeout;
 * its schema is brought up to date by versioned migrations when it is opened. Every import is one
 * transaction: all of a batch is stored or none of it, even if the process dies part-way.
 *
 * <p>Thread-safe: reads run concurrently, each on a pooled connection and in its own read
 * transaction, so they see one consistent snapshot and never wait for an import; writes take turns on
 * a single writer connection. Other processes may use the same file; their writes wait up to a busy
 * timeout for ours. Arguments must not be null; results are never null except where stated.
 * Database failures surface as {@link StoreException}, symbols never stored as {@link
 * UnknownAssetException}.
 */
public final class BarStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BarStore.class);

    private final Path file;
    private final Clock clock;
    private final ConnectionPool pool;

    private BarStore(Path file, Clock clock, ConnectionPool pool) {
        this.file = file;
        this.clock = clock;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the store in {@code file}, stamping imports with the system clock.
     *
     * @see #open(Path, Clock)
     */
    public static BarStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /**
     * Opens the store in {@code file}, creating the file and its parent folders if needed and applying
     * the schema migrations it lacks.
     *
     * @param file the SQLite database file
     * @param clock gives the fetched-at time of each import
     * @throws StoreException naming the file if it cannot be created, is not a SQLite database, or holds
     *     a schema newer than this code
     */
    public static BarStore open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Path path = file.toAbsolutePath().normalize();
        Objects.requireNonNull(clock, "clock");
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the database " + path + ": " + e, e);
        }
        SQLiteDataSource source = SqliteFiles.dataSource(path);
        ConnectionPool pool;
        try {
            pool = new ConnectionPool(path, source);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + path + " as a SQLite database: " + e.getMessage(), e);
        }
        try {
            SchemaMigrator.migrate(source, path);
        } catch (RuntimeException e) {
            try {
                pool.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
        return new BarStore(path, clock, pool);
    }

    /** The database file, as an absolute path. */
    public Path file() {
        return file;
    }

    /** Stores {@code asset}, replacing what is stored under its symbol. */
    public void putAsset(Asset asset) {
        write("store the asset " + asset.id(), c -> AssetTable.upsert(c, asset));
    }

    /** The asset stored under {@code id}, if any. */
    public Optional<Asset> findAsset(AssetId id) {
        Objects.requireNonNull(id, "id");
        return read("read the asset " + id, c -> AssetTable.find(c, id)).map(StoredAsset::asset);
    }

    /**
     * The asset stored under {@code id}.
     *
     * @throws UnknownAssetException if there is none
     */
    public Asset asset(AssetId id) {
        return findAsset(id).orElseThrow(() -> new UnknownAssetException(id, file));
    }

    /** Every stored asset, ascending by symbol. */
    public List<Asset> assets() {
        return read("list the assets", AssetTable::all);
    }

    /**
     * Stores one batch in a single transaction: upserts the asset, its bars (keyed by asset, interval
     * and start time) and its corporate actions (keyed by asset, ex-date and kind), and records the
     * coverage from the first bar's session date to the last's, stamped with the clock as read once
     * the transaction has begun (no coverage when the batch has no bars). Importing the same batch again leaves the same rows.
     *
     * @throws StoreException if any row is refused (for instance a bar with a price that is not
     *     positive, or a high below its low); nothing of the batch is then stored
     */
    public ImportReport importBars(BarImport batch) {
        return importBatch(batch, batch.bars().isEmpty() ? null : barDates(batch));
    }

    /**
     * Stores one batch like {@link #importBars(BarImport)}, in a single transaction, but records as
     * covered the session dates {@code fetched} that the source was asked for rather than the dates of
     * the first and last bar, and records them even when the batch has no bars. A download whose range
     * starts or ends on a weekend or holiday, or holds no session at all, is then known to be complete
     * and need not be fetched again. An empty range records no coverage: how a caller stores bars of
     * a session that is not over yet.
     *
     * @param batch the batch to store
     * @param fetched the session dates asked of the source and complete; bounded, possibly empty
     * @throws IllegalArgumentException if {@code fetched} is open-ended
     * @throws StoreException if any row is refused; nothing of the batch is then stored
     */
    public ImportReport importBars(BarImport batch, DateRange fetched) {
        Objects.requireNonNull(fetched, "fetched");
        if (fetched.startInclusive().equals(LocalDate.MIN)
                || fetched.endExclusive().equals(LocalDate.MAX)) {
            throw new IllegalArgumentException(
                    "coverage of " + batch.asset().id() + " must be a bounded range, was " + fetched);
        }
        return importBatch(batch, fetched.isEmpty() ? null : fetched);
    }

    private ImportReport importBatch(BarImport batch, DateRange covered) {
        Asset asset = batch.asset();
        String what = "import " + batch.bars().size() + " " + batch.interval().code() + " bars of " + asset.id()
                + " from " + batch.source();
        long start = System.nanoTime();
        ImportReport report = write(what, c -> {
            long key = AssetTable.upsert(c, asset);
            AssetTable.raiseRevision(c, key);
            Instant fetchedAt = clock.instant();
            int bars = BarTable.upsert(c, key, batch);
            int actions = ActionTable.upsert(c, key, batch.actions());
            if (covered != null) {
                CoverageTable.upsert(
                        c, key, new CoverageRecord(asset.id(), batch.interval(), covered, batch.source(), fetchedAt));
            }
            return new ImportReport(asset.id(), bars, actions);
        });
        LOG.debug(
                "stored {} bars and {} actions of {} from {} in {} ms",
                report.bars(),
                report.actions(),
                asset.id(),
                batch.source(),
                (System.nanoTime() - start) / 1_000_000);
        return report;
    }

    /**
     * The bars of {@code id} whose session dates (in the asset's zone) lie in {@code range}, in the view
     * {@code adjustment}. Adjusted views apply every stored action of the asset, including those after
     * the range.
     *
     * @return the bars, ascending; empty when none are stored in the range
     * @throws UnknownAssetException if the asset is not stored
     */
    public BarSeries bars(AssetId id, Interval interval, DateRange range, Adjustment adjustment) {
        Objects.requireNonNull(adjustment, "adjustment");
        return read(
                "read " + interval.code() + " bars of " + id,
                c -> AdjustedBars.read(c, require(c, id), interval, range, adjustment));
    }

    /**
     * The provider's own adjusted close of each bar that {@link #bars} gives for the same arguments,
     * NaN where the provider gave none.
     *
     * @throws UnknownAssetException if the asset is not stored
     */
    public double[] providerAdjustedClose(AssetId id, Interval interval, DateRange range) {
        return read("read the adjusted closes of " + id, c -> {
            StoredAsset stored = require(c, id);
            EpochRange seconds = EpochRange.of(range, stored.asset().zone());
            return BarTable.readAdjustedClose(c, stored.key(), interval, seconds);
        });
    }

    /**
     * The corporate actions of {@code id}, ascending by ex-date.
     *
     * @throws UnknownAssetException if the asset is not stored
     */
    public List<CorporateAction> actions(AssetId id) {
        return read(
                "read the corporate actions of " + id,
                c -> ActionTable.list(c, require(c, id).key()));
    }

    /**
     * What was fetched for {@code id}: one record per interval, date range and source, ascending by range.
     *
     * @throws UnknownAssetException if the asset is not stored
     */
    public List<CoverageRecord> coverage(AssetId id) {
        return read("read the coverage of " + id, c -> CoverageTable.list(c, require(c, id)));
    }

    /**
     * Counts of what is stored for {@code id}.
     *
     * @throws UnknownAssetException if the asset is not stored
     */
    public AssetSummary summary(AssetId id) {
        return read("summarise " + id, c -> SummaryQuery.summarise(c, require(c, id)));
    }

    /**
     * The asset's revision: a number raised by every import that touches the asset (in this process
     * or another), so that a cache of values computed from its bars knows they may have changed.
     *
     * @throws UnknownAssetException if the asset is not stored
     */
    public long revision(AssetId id) {
        return read(
                "read the revision of " + id,
                c -> AssetTable.revision(c, require(c, id).key()));
    }

    /** Closes the database; waits for an import under way. Later calls throw {@link IllegalStateException}. */
    @Override
    public void close() {
        try {
            pool.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "BarStore[" + file + "]";
    }

    private StoredAsset require(Connection connection, AssetId id) throws SQLException {
        return AssetTable.find(connection, id).orElseThrow(() -> new UnknownAssetException(id, file));
    }

    private static DateRange barDates(BarImport batch) {
        BarSeries bars = batch.bars();
        ZoneId zone = batch.asset().zone();
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochSecond(bars.time(0)), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochSecond(bars.time(bars.size() - 1)), zone);
        return new DateRange(first, last.plusDays(1));
    }

    private <T> T read(String what, SqlWork<T> work) {
        try {
            return pool.read(work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private <T> T write(String what, SqlWork<T> work) {
        try {
            return pool.write(work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in the database " + file + ": " + e.getMessage(), e);
    }
}
