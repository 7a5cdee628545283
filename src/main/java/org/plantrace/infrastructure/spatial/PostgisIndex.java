package org.plantrace.infrastructure.spatial;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.engine.LoadedLayers;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.overlay.OverlayResult;
import org.plantrace.spatial.overlay.TownshipOverlay;
import org.plantrace.spatial.overlay.ZoneAreas;

/**
 * A plan's layers in PostGIS: table {@value #TABLE} (key, feature ordinal, layer ordinal, geometry
 * in SRID 4490) with a GiST index. A point query is {@code ST_Covers} on it, boundaries included as
 * in JTS; the overlays are {@link PostgisOverlay}. The rows are derived from the plan
 * package's layer files and reloaded when the index is made ({@link FeatureCopy}), so the table is
 * not part of the migrated schema: it is created here when missing, and needs the PostGIS
 * extension, which a database administrator installs ({@link SpatialEngines#postgisIn}).
 */
public final class PostgisIndex implements LoadedLayers {
    static final String TABLE = "spatial_feature";
    /** CGCS2000 geographic, the plan packages' coordinate system. */
    static final int SRID = 4490;

    private final EntityManagerFactory factory;
    private final String key;
    private final LayerSet layers;
    private final List<FeatureIndex.Hit> byOrdinal = new ArrayList<>();
    /** Per feature ordinal, the ordinal of its layer in the set. */
    private final List<Integer> layerOf = new ArrayList<>();

    /** Loads the layers into the table under {@code key}, replacing what it held for the key. */
    public PostgisIndex(EntityManagerFactory factory, String key, LayerSet layers) {
        this.factory = Objects.requireNonNull(factory);
        this.key = Objects.requireNonNull(key);
        this.layers = Objects.requireNonNull(layers);
        for (int l = 0; l < layers.layers().size(); l++) {
            Layer layer = layers.layers().get(l);
            for (Feature f : layer.features()) {
                byOrdinal.add(new FeatureIndex.Hit(layer, f));
                layerOf.add(l);
            }
        }
        UnitOfWork.inTransaction(factory, em -> {
            em.createNativeQuery("CREATE TABLE IF NOT EXISTS " + TABLE + " (plan_code varchar(500) NOT NULL, "
                    + "ord integer NOT NULL, layer integer NOT NULL, geom geometry(Geometry, " + SRID + ") NOT NULL, "
                    + "PRIMARY KEY (plan_code, ord))").executeUpdate();
            // a table made before overlays ran here had no layer column; its rows are reloaded anyway
            em.createNativeQuery("ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS layer integer NOT NULL DEFAULT 0")
                    .executeUpdate();
            em.createNativeQuery("CREATE INDEX IF NOT EXISTS ix_" + TABLE + "_geom ON " + TABLE + " USING GIST (geom)")
                    .executeUpdate();
            // two nodes loading one key at once: the second waits, then its delete sees the first's rows
            // (without the lock its snapshot would miss them and its COPY would clash on the primary key)
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?))").setParameter(1, TABLE + ":" + key).getSingleResult();
            em.createNativeQuery("DELETE FROM " + TABLE + " WHERE plan_code = ?").setParameter(1, key).executeUpdate();
            FeatureCopy.copy(em, TABLE, SRID, key, byOrdinal, layerOf);
            // the planner needs the new rows' statistics to choose the GiST index
            em.createNativeQuery("ANALYZE " + TABLE).executeUpdate();
            return null;
        });
    }

    @Override
    public List<FeatureIndex.Hit> containing(double lon, double lat) {
        List<?> rows = UnitOfWork.read(factory, em -> em.createNativeQuery("SELECT ord FROM " + TABLE
                + " WHERE plan_code = ? AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(?, ?), " + SRID + ")) ORDER BY ord")
                .setParameter(1, key).setParameter(2, lon).setParameter(3, lat).getResultList());
        List<FeatureIndex.Hit> hits = new ArrayList<>(rows.size());
        for (Object r : rows) {
            hits.add(byOrdinal.get(((Number) r).intValue()));
        }
        return hits;
    }

    @Override
    public int size() {
        return byOrdinal.size();
    }

    @Override
    public OverlayResult townshipOverlay() {
        return TownshipOverlay.compute(layers, new PostgisOverlay(factory, TABLE, key));
    }

    @Override
    public ZoneAreas zoneAreas(Layer zones, List<Layer> overlaid) {
        return new PostgisOverlay(factory, TABLE, key).zoneAreas(layers, zones, overlaid);
    }
}
