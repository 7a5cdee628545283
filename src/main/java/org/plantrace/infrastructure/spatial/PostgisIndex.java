package org.plantrace.infrastructure.spatial;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.io.WKBWriter;
import org.plantrace.infrastructure.persistence.UnitOfWork;
import org.plantrace.spatial.Feature;
import org.plantrace.spatial.Layer;
import org.plantrace.spatial.LayerSet;
import org.plantrace.spatial.index.FeatureIndex;
import org.plantrace.spatial.index.PointIndex;

/**
 * A plan's layers in PostGIS: table {@value #TABLE} (plan, feature ordinal, geometry in SRID 4490)
 * with a GiST index; a point query is {@code ST_Covers} on it, boundaries included as in JTS. The
 * rows are derived from the plan package's layer files and reloaded when the index is made, so the
 * table is not part of the migrated schema: it is created here when missing, and needs the PostGIS
 * extension, which a database administrator installs ({@link #available}).
 */
public final class PostgisIndex implements PointIndex {
    static final String TABLE = "spatial_feature";
    /** CGCS2000 geographic, the plan packages' coordinate system. */
    static final int SRID = 4490;

    private final EntityManagerFactory factory;
    private final String planCode;
    private final List<FeatureIndex.Hit> byOrdinal = new ArrayList<>();

    /** Loads the plan's layers into the table (replacing what it held for the plan). */
    public PostgisIndex(EntityManagerFactory factory, String planCode, LayerSet layers) {
        this.factory = Objects.requireNonNull(factory);
        this.planCode = Objects.requireNonNull(planCode);
        for (Layer layer : layers.layers()) {
            for (Feature f : layer.features()) {
                byOrdinal.add(new FeatureIndex.Hit(layer, f));
            }
        }
        load();
    }

    /** True if the database behind {@code factory} is PostgreSQL with the PostGIS extension. */
    public static boolean available(EntityManagerFactory factory) {
        if (!org.plantrace.infrastructure.persistence.ChangeLog.shared(factory)) {
            return false; // H2: the query would only fill the log with a failed statement
        }
        try {
            return UnitOfWork.read(factory, em -> !em.createNativeQuery(
                    "SELECT 1 FROM pg_extension WHERE extname = 'postgis'").getResultList().isEmpty());
        } catch (RuntimeException e) {
            return false; // not PostgreSQL (H2 has no pg_extension)
        }
    }

    private void load() {
        WKBWriter wkb = new WKBWriter(2, false);
        UnitOfWork.inTransaction(factory, em -> {
            em.createNativeQuery("CREATE TABLE IF NOT EXISTS " + TABLE + " (plan_code varchar(200) NOT NULL, "
                    + "ord integer NOT NULL, geom geometry(Geometry, " + SRID + ") NOT NULL, PRIMARY KEY (plan_code, ord))")
                    .executeUpdate();
            em.createNativeQuery("CREATE INDEX IF NOT EXISTS ix_" + TABLE + "_geom ON " + TABLE + " USING GIST (geom)")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM " + TABLE + " WHERE plan_code = ?").setParameter(1, planCode).executeUpdate();
            for (int i = 0; i < byOrdinal.size(); i++) {
                em.createNativeQuery("INSERT INTO " + TABLE + " (plan_code, ord, geom) VALUES (?, ?, ST_GeomFromWKB(?, " + SRID + "))")
                        .setParameter(1, planCode).setParameter(2, i)
                        .setParameter(3, wkb.write(byOrdinal.get(i).feature().geometry())).executeUpdate();
            }
            // the planner needs the new rows' statistics to choose the GiST index
            em.createNativeQuery("ANALYZE " + TABLE).executeUpdate();
            return null;
        });
    }

    @Override
    public List<FeatureIndex.Hit> containing(double lon, double lat) {
        List<?> rows = UnitOfWork.read(factory, em -> em.createNativeQuery("SELECT ord FROM " + TABLE
                + " WHERE plan_code = ? AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(?, ?), " + SRID + ")) ORDER BY ord")
                .setParameter(1, planCode).setParameter(2, lon).setParameter(3, lat).getResultList());
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
}
