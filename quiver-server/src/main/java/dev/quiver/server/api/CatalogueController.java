package dev.quiver.server.api;

import dev.quiver.core.analytics.AnalyticDescription;
import dev.quiver.core.analytics.Catalogue;
import dev.quiver.server.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/analytics}: the catalogue of analytics, described once at start. Immutable. */
final class CatalogueController implements RouteGroup {

    private final List<AnalyticDescription> descriptions;

    CatalogueController(Catalogue catalogue) {
        this.descriptions =
                catalogue.definitions().stream().map(AnalyticDescription::of).toList();
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/analytics", this::list);
    }

    /** Every analytic with its inputs, parameters, outputs and lookback. */
    void list(Context ctx) {
        ctx.json(descriptions);
    }
}
