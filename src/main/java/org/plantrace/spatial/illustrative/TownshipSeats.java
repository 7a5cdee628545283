package org.plantrace.spatial.illustrative;

import java.util.List;

/**
 * The 18 township-level units the plan names (line 572 lists all 18, writing 东方城乡 for 东坊城乡
 * and 青磁窑乡 for 青磁窑镇; line 46 says "6个镇、10个乡"), each with an invented seat position. The
 * positions follow what the text says about where they are — the 六棱山 townships in the north
 * (line 219), the 恒山 townships in the south (line 218), 蔡村 in the north (line 532), 东坊城
 * south-east of the city (line 541), 王庄堡 in the southern basin (line 122) — not surveyed data.
 */
public final class TownshipSeats {
    /** One unit: its name, 镇 or 乡, and an illustrative seat in longitude/latitude. */
    public record Seat(String name, String type, double lon, double lat) {
    }

    /** The five towns besides the county seat that have an urban development boundary (line 130). */
    public static final List<String> TOWNS_WITH_BOUNDARY = List.of("王庄堡镇", "蔡村镇", "西坊城镇", "青磁窑镇", "沙圪坨镇");

    public static final List<Seat> ALL = List.of(
            new Seat("永安镇", "镇", 113.698, 39.699),
            new Seat("西坊城镇", "镇", 113.540, 39.720),
            new Seat("蔡村镇", "镇", 113.640, 39.790),
            new Seat("沙圪坨镇", "镇", 113.860, 39.760),
            new Seat("王庄堡镇", "镇", 113.860, 39.440),
            new Seat("大磁窑镇", "镇", 113.540, 39.600),
            new Seat("青磁窑镇", "镇", 113.630, 39.635),
            new Seat("东坊城乡", "乡", 113.790, 39.670),
            new Seat("官儿乡", "乡", 113.870, 39.540),
            new Seat("千佛岭乡", "乡", 113.690, 39.510),
            new Seat("大仁庄乡", "乡", 113.890, 39.640),
            new Seat("西留村乡", "乡", 113.560, 39.810),
            new Seat("吴城乡", "乡", 113.500, 39.750),
            new Seat("裴村乡", "乡", 113.610, 39.725),
            new Seat("驼峰乡", "乡", 113.730, 39.835),
            new Seat("黄花滩乡", "乡", 113.440, 39.670),
            new Seat("下韩村乡", "乡", 113.790, 39.760),
            new Seat("南榆林乡", "乡", 113.660, 39.840));

    private TownshipSeats() {
    }

    public static Seat named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no township " + name));
    }
}
