package org.plantrace.spatial.illustrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where the illustrative red line and farmland gather, as seeded points in metres. The plan puts
 * the red line "主要分布在恒山、六棱山、神溪湿地等地区" (line 96) and farmland in "中部浑源盆地、南部
 * 王庄堡镇" with recovery on the 北坡 of 南榆林乡、吴城乡 (lines 122, 165); the ellipses below
 * (centre lon/lat, semi-axes in km, number of points) are rough sketches of those places.
 */
final class Landforms {
    private Landforms() {
    }

    static List<Coordinate> mountains(Canvas c, Random r) {
        List<Coordinate> points = new ArrayList<>();
        points.addAll(Canvas.scatter(c.metres(113.77, 39.60), 15_000, 6_500, 60, r)); // 恒山
        points.addAll(Canvas.scatter(c.metres(113.68, 39.843), 11_000, 2_000, 30, r)); // 六棱山
        points.addAll(Canvas.scatter(c.metres(113.725, 39.728), 1_200, 800, 5, r)); // 神溪湿地
        points.addAll(Canvas.scatter(c.metres(113.70, 39.47), 9_000, 5_000, 25, r)); // 南部山区（千佛岭）
        return points;
    }

    static List<Coordinate> farmland(Canvas c, Random r) {
        List<Coordinate> points = new ArrayList<>();
        points.addAll(Canvas.scatter(c.metres(113.62, 39.715), 22_000, 5_500, 80, r)); // 浑源盆地
        points.addAll(Canvas.scatter(c.metres(113.86, 39.43), 5_000, 3_000, 15, r)); // 王庄堡镇
        points.addAll(Canvas.scatter(c.metres(113.56, 39.785), 6_000, 2_500, 12, r)); // 北坡：南榆林、吴城
        return points;
    }
}
