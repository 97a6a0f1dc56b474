package dev.quiver.server.api;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetId;
import dev.quiver.server.http.RouteGroup;
import dev.quiver.server.metrics.ServerMetrics;
import dev.quiver.store.BarStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** {@code /api/assets}: list, show and register assets. Thread-safe. */
final class AssetController implements RouteGroup {

    private final BarStore store;
    private final ServerMetrics metrics;
    private final Bodies bodies;

    AssetController(BarStore store, ServerMetrics metrics, Bodies bodies) {
        this.store = store;
        this.metrics = metrics;
        this.bodies = bodies;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/assets", this::list);
        routes.get("/api/assets/{symbol}", this::show);
        routes.put("/api/assets/{symbol}", this::register);
    }

    /** Every stored asset with its counts, ascending by symbol. */
    void list(Context ctx) {
        List<AssetView> assets = metrics.storeRead(
                "assets",
                () -> store.assets().stream()
                        .map(asset -> AssetView.of(store.summary(asset.id()), null))
                        .toList());
        ctx.json(assets);
    }

    /** One asset with its counts and corporate actions. */
    void show(Context ctx) {
        AssetId id = Params.pathSymbol(ctx);
        ctx.json(view(id));
    }

    /** Stores (or replaces) the asset's description: 201 when new, 200 when replaced. */
    void register(Context ctx) {
        AssetId id = Params.pathSymbol(ctx);
        Asset asset = bodies.read(ctx, AssetBody.class).toAsset(id);
        boolean existed = store.findAsset(id).isPresent();
        store.putAsset(asset);
        ctx.status(existed ? 200 : 201);
        if (!existed) {
            ctx.header("Location", "/api/assets/" + id.symbol());
        }
        ctx.json(view(id));
    }

    private AssetView view(AssetId id) {
        return metrics.storeRead("asset", () -> AssetView.of(store.summary(id), store.actions(id)));
    }
}
