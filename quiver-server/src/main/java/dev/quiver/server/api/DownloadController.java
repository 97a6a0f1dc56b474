package dev.quiver.server.api;

import dev.quiver.core.asset.AssetId;
import dev.quiver.marketdata.download.DownloadRequest;
import dev.quiver.marketdata.download.SourceName;
import dev.quiver.server.download.DownloadJob;
import dev.quiver.server.download.DownloadJobs;
import dev.quiver.server.http.BadBodyException;
import dev.quiver.server.http.BadParameterException;
import dev.quiver.server.http.LimitExceededException;
import dev.quiver.server.http.NotFoundException;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/downloads} starts a download job (202 with the job), {@code GET
 * /api/downloads/{id}} describes it: its state, how many symbols are over, and each symbol's state,
 * bars stored and failure (as a message and as a problem). Thread-safe.
 */
final class DownloadController implements RouteGroup {

    private static final String PATH = "/api/downloads";

    private final DownloadJobs jobs;
    private final Limits limits;
    private final Clock clock;
    private final Bodies bodies;
    private final ProblemMapping problems;

    DownloadController(DownloadJobs jobs, Limits limits, Clock clock, Bodies bodies, ProblemMapping problems) {
        this.jobs = jobs;
        this.limits = limits;
        this.clock = clock;
        this.bodies = bodies;
        this.problems = problems;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post(PATH, this::start);
        routes.get(PATH + "/{id}", this::show);
    }

    void start(Context ctx) {
        DownloadBody body = bodies.read(ctx, DownloadBody.class);
        DownloadJob job = jobs.start(request(body), source(body.source()));
        String location = PATH + "/" + job.id();
        ctx.status(202).header("Location", location).json(view(job.snapshot(), location));
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        DownloadJob job = jobs.find(id)
                .orElseThrow(() -> new NotFoundException(
                        "unknown-download",
                        "Unknown download",
                        "no download job '" + id + "': ids are those POST " + PATH + " answered, and only the last "
                                + DownloadJobs.KEPT + " jobs are kept"));
        ctx.json(view(job.snapshot(), ctx.path()));
    }

    private DownloadRequest request(DownloadBody body) {
        List<String> given = body.symbols();
        if (given == null || given.isEmpty()) {
            throw new BadBodyException("symbols: give at least one symbol, as in {\"symbols\": [\"SPY\"]}");
        }
        if (given.size() > limits.maxQueryAssets()) {
            throw LimitExceededException.parameter(
                    "symbols",
                    limits.maxQueryAssets(),
                    given.size() + " symbols asked, over the limit of " + limits.maxQueryAssets() + " per download");
        }
        List<AssetId> symbols = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String text = given.get(i);
            if (text == null || text.isBlank()) {
                throw new BadBodyException("/symbols/" + i + ": expected a symbol such as \"SPY\"");
            }
            try {
                symbols.add(AssetId.of(text.strip()));
            } catch (IllegalArgumentException e) {
                throw new BadBodyException("/symbols/" + i + ": " + e.getMessage());
            }
        }
        LocalDate from = Params.date("from", body.from());
        LocalDate to = Params.date("to", body.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from " + from + " is after to " + to);
        }
        DownloadRequest request =
                DownloadRequest.daily(symbols, from, to, body.refresh() != null && body.refresh(), clock);
        long days = ChronoUnit.DAYS.between(
                request.range().startInclusive(), request.range().endExclusive());
        if (days > limits.maxRangeDays()) {
            throw LimitExceededException.parameter(
                    "from",
                    limits.maxRangeDays(),
                    "the range has " + days + " days, over the limit of " + limits.maxRangeDays());
        }
        return request;
    }

    private static SourceName source(String text) {
        if (text == null || text.isBlank()) {
            return SourceName.YAHOO;
        }
        try {
            return SourceName.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("source", "expected yahoo, alphavantage or polygon, found '" + text + "'");
        }
    }

    private Map<String, Object> view(DownloadJob.Snapshot job, String instance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", job.id());
        json.put("state", job.state().code());
        json.put("source", job.source());
        json.put("from", job.from().toString());
        json.put("to", job.to().toString());
        json.put("refresh", job.refresh());
        json.put("created", job.created().toString());
        json.put("finished", job.finished() == null ? null : job.finished().toString());
        json.put("completed", job.completed());
        json.put("total", job.total());
        json.put(
                "failed",
                job.items().stream()
                        .filter(item -> item.state() == DownloadJob.State.FAILED)
                        .count());
        List<Map<String, Object>> items = new ArrayList<>();
        for (DownloadJob.Item item : job.items()) {
            items.add(item(item, instance));
        }
        json.put("items", items);
        if (job.failure() != null) {
            Map<String, Object> problem =
                    problems.problemOf(job.failure(), "GET", instance).toJson(instance);
            json.put("error", problem.get("detail"));
            json.put("problem", problem);
        }
        return json;
    }

    private Map<String, Object> item(DownloadJob.Item item, String instance) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("symbol", item.symbol().symbol());
        json.put("state", item.state().code());
        json.put("bars", item.bars());
        json.put("actions", item.actions());
        json.put("warnings", item.warnings());
        if (item.failure() == null) {
            json.put("error", null);
        } else {
            Map<String, Object> problem =
                    problems.problemOf(item.failure(), "GET", instance).toJson(instance);
            json.put("error", problem.get("detail"));
            json.put("problem", problem);
        }
        return json;
    }
}
