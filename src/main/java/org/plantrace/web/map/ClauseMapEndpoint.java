package org.plantrace.web.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.plantrace.spatial.LayerSet;
import org.plantrace.web.view.MapRef;
import org.plantrace.web.view.PlanIndex;

/**
 * Answers {@code /geo/clause/{uid}.json}: the GeoJSON of one clause's map, built once per clause,
 * published version and set of linked features (the link store's, so a drafter's rejection or
 * addition rebuilds it) and then served from memory. Only real clauses are cached, so the cache
 * is bounded by the plan's size; a new version starts a new cache.
 */
public final class ClauseMapEndpoint {
    static final String SUFFIX = ".json";

    private final Supplier<Optional<PlanIndex>> plans;
    private final Supplier<Optional<LayerSet>> layers;
    private volatile PlanIndex cachedFor;
    /** Per clause, the features the JSON was built for and the JSON: a drafter's decision changes the features. */
    private final Map<String, Built> cache = new ConcurrentHashMap<>();

    private record Built(List<MapRef> features, byte[] json) {
    }

    public ClauseMapEndpoint(Supplier<Optional<PlanIndex>> plans, Supplier<Optional<LayerSet>> layers) {
        this.plans = plans;
        this.layers = layers;
    }

    /** The uid in "/{uid}.json", or null when the path is not of that shape. */
    static String uidFrom(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(SUFFIX)) {
            return null;
        }
        String uid = pathInfo.substring(1, pathInfo.length() - SUFFIX.length());
        return uid.isEmpty() || uid.contains("/") ? null : uid;
    }

    /** The JSON for the clause at this path, or empty (404) for no such clause, no plan or no layers. */
    public Optional<byte[]> json(String pathInfo) {
        String uid = uidFrom(pathInfo);
        Optional<PlanIndex> index = plans.get();
        Optional<LayerSet> set = layers.get();
        if (uid == null || index.isEmpty() || set.isEmpty()) {
            return Optional.empty();
        }
        PlanIndex plan = index.get();
        if (cachedFor != plan) {
            // the plans keep one index per published version: another index means another version
            synchronized (this) {
                if (cachedFor != plan) {
                    cache.clear();
                    cachedFor = plan;
                }
            }
        }
        return plan.links(uid).map(links -> {
            List<MapRef> features = links.mapFeatures();
            Built built = cache.get(uid);
            if (built == null || !built.features().equals(features)) {
                built = new Built(features, ClauseGeoJson.build(set.get(), features));
                cache.put(uid, built);
            }
            return built.json();
        });
    }
}
