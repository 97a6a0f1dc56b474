package dev.quiver.server.api;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import dev.quiver.server.frame.JacksonFrameEncoder;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.msgpack.jackson.dataformat.MessagePackFactory;

/**
 * The REST API as route groups over one {@link ApiContext}: assets and bars, the catalogue, pulls and
 * queries, the graph, live ticks, downloads, streams, operations and docs: each area is one more group
 * in {@link #routeGroups()}. Immutable once built.
 */
public final class Api {

    private final ObjectMapper json;
    private final ProblemMapping problems;
    private final List<RouteGroup> groups;

    /** Builds every controller over {@code context}. */
    public Api(ApiContext context) {
        this.json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();
        ObjectMapper msgpack = new ObjectMapper(new MessagePackFactory());
        this.problems = new ProblemMapping(json, context.limits().maxBodyBytes());
        Bodies bodies = new Bodies(json, context.limits().maxBodyBytes());
        DateRanges ranges = new DateRanges(context.limits(), context.clock());
        FrameResponder frames =
                new FrameResponder(List.of(JacksonFrameEncoder.json(), context.arrow(), JacksonFrameEncoder.msgpack()));
        Pulls pulls = new Pulls(context.store(), context.engine(), context.metrics());
        this.groups = List.of(
                new AssetController(context.store(), context.metrics(), bodies),
                new BarController(context.store(), context.metrics(), ranges, frames),
                new CatalogueController(StandardCatalogue.get()),
                new PullController(pulls, ranges, context.limits(), frames),
                new QueryController(
                        pulls, context.compute(), ranges, context.limits(), bodies, problems, json, msgpack),
                new GraphController(context.engine(), context.limits()),
                new TickController(context.push(), context.store(), context.metrics(), bodies),
                new DownloadController(context.downloads(), context.limits(), context.clock(), bodies, problems),
                new StreamController(
                        context.push(), context.store(), context.metrics(), context.limits(), json, problems),
                new OperationsController(context.metrics(), context.clock()),
                new DocsController(json));
    }

    /** The route groups, in registration order. */
    public List<RouteGroup> routeGroups() {
        return groups;
    }

    /** Registers the single mapping of exceptions to problem responses. */
    public void mapErrors(RoutesConfig routes) {
        problems.addTo(routes);
    }

    /** The JSON mapper handlers write with. */
    public JavalinJackson jsonMapper() {
        return new JavalinJackson(json, false);
    }
}
