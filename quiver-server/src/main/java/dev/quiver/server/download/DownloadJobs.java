package dev.quiver.server.download;

import dev.quiver.marketdata.Configuration;
import dev.quiver.marketdata.download.DownloadRequest;
import dev.quiver.marketdata.download.Downloader;
import dev.quiver.marketdata.download.SourceName;
import dev.quiver.server.http.Problem;
import dev.quiver.server.http.ProblemException;
import dev.quiver.store.BarStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's download jobs: at most {@link #THREADS} run at once on threads this object owns, at
 * most {@link #QUEUED} more wait (a job beyond that is refused with a 503), and the table keeps every
 * unfinished job and the last {@link #KEPT} jobs in all, evicting the oldest finished ones first. One
 * downloader per source, made from the server's market-data configuration when first used, so jobs
 * share its rate limit. Thread-safe; {@link #close()} cancels what is queued or running.
 */
public final class DownloadJobs implements AutoCloseable {

    /** Jobs downloading at once. */
    public static final int THREADS = 2;

    /** Jobs waiting for a thread, beyond which a new job is refused. */
    public static final int QUEUED = 16;

    /** Jobs kept in the table, finished or not. */
    public static final int KEPT = 100;

    private static final Logger LOG = LoggerFactory.getLogger(DownloadJobs.class);

    private final BarStore store;
    private final Configuration config;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, DownloadJob> jobs = new LinkedHashMap<>();
    private final Map<SourceName, Downloader> downloaders = new EnumMap<>(SourceName.class);

    /**
     * Download jobs into {@code store}.
     *
     * @param config the sources' settings (base URLs, keys, pacing)
     * @param clock the time jobs are created and finished at
     */
    public DownloadJobs(BarStore store, Configuration config, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), task -> {
                    Thread thread = new Thread(task, "quiver-download-job-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Accepts a job and queues it.
     *
     * @throws ProblemException a 503 when {@link #QUEUED} jobs already wait or the server is stopping,
     *     or when the source's settings do not parse
     */
    public DownloadJob start(DownloadRequest request, SourceName source) {
        Downloader downloader = downloader(source);
        DownloadJob job = new DownloadJob(Long.toString(ids.incrementAndGet()), request, source, clock.instant());
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        try {
            executor.execute(() -> run(job, downloader));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job.id());
            }
            throw new ProblemException(Problem.of(
                            "too-many-downloads",
                            "Too many downloads",
                            503,
                            executor.isShutdown()
                                    ? "the server is stopping"
                                    : QUEUED + " download jobs already wait for the " + THREADS
                                            + " that run; try again when one is done")
                    .with("limit", QUEUED));
        }
        evict();
        return job;
    }

    /** The job with this id, unless unknown or evicted. */
    public Optional<DownloadJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Cancels queued and running jobs and waits a little for their threads. Idempotent. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("download jobs still running 5 s after the server stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<DownloadJob> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        all.forEach(job -> job.cancelled(clock.instant()));
    }

    private Downloader downloader(SourceName source) {
        synchronized (downloaders) {
            Downloader downloader = downloaders.get(source);
            if (downloader == null) {
                try {
                    downloader = Downloader.create(store, source, config);
                } catch (IllegalArgumentException e) {
                    throw new ProblemException(
                            Problem.of("source-misconfigured", "Source misconfigured", 503, e.getMessage())
                                    .with("source", source.code()));
                }
                downloaders.put(source, downloader);
            }
            return downloader;
        }
    }

    private void run(DownloadJob job, Downloader downloader) {
        job.started();
        try {
            downloader.download(job.request(), (report, done, total) -> job.finished(report));
            job.ended(clock.instant());
        } catch (CancellationException e) {
            job.cancelled(clock.instant());
        } catch (RuntimeException e) {
            LOG.error("download job {} failed", job.id(), e);
            job.broke(e, clock.instant());
        }
    }

    private void evict() {
        synchronized (jobs) {
            Iterator<DownloadJob> oldest = jobs.values().iterator();
            while (jobs.size() > KEPT && oldest.hasNext()) {
                if (oldest.next().isFinal()) {
                    oldest.remove();
                }
            }
        }
    }
}
