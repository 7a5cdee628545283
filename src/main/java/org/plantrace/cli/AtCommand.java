package org.plantrace.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.plantrace.application.trace.Place;
import org.plantrace.application.trace.PlaceService;
import org.plantrace.application.trace.TraceService;
import org.plantrace.application.trace.output.TraceJson;
import org.plantrace.planpackage.PlanPackages;

/**
 * {@code at LON LAT [--data DIR] [--county CODE]} (CGCS2000 / WGS84 degrees, longitude first): the
 * township there, the control lines and zones of the county plan's layers there (illustrative where
 * the layer is), and the published provisions naming them, as JSON. A point outside the county is an
 * answer, not an error: exit 0 with {@code "outside":true, "township":null} and a message. On a
 * PostgreSQL store with PostGIS the point query runs there, as the web app's does (issue #16.3).
 */
final class AtCommand {
    private AtCommand() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        List<String> numbers = new ArrayList<>();
        String dataDir = null;
        String countyCode = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--data" -> dataDir = TraceCommand.value(args, ++i, "--data 后面需要一个目录 / --data needs a DIR");
                case "--county" -> countyCode = TraceCommand.value(args, ++i, "--county 后面需要县级规划编码 / --county needs a CODE");
                default -> numbers.add(arg); // a negative longitude starts with '-', never with "--"
            }
        }
        if (numbers.size() != 2) {
            throw new UsageException("at 需要经度和纬度两个数 / at needs LON LAT, e.g. at 113.9 39.5");
        }
        double lon = degrees(numbers.get(0), -180, 180, "经度 / longitude");
        double lat = degrees(numbers.get(1), -90, 90, "纬度 / latitude");
        String requested = countyCode;
        return Store.<Exception>withSpatialExisting(dataDir, (data, repository, spatial) -> {
            String code = TraceCommand.countyCode(repository, requested);
            TraceService trace = TraceCommand.service(repository, code, org.plantrace.application.trace.ReviewedVerdicts.NONE, spatial);
            Place place = new PlaceService(repository, PlanPackages.located(), spatial).at(trace.county(code), lon, lat);
            Console.line(out, TraceJson.place(place));
            return Main.OK;
        });
    }

    private static double degrees(String text, double min, double max, String what) throws UsageException {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(what + "应为十进制度数 / must be decimal degrees: " + text);
        }
        if (!(v >= min && v <= max)) {
            throw new UsageException(what + "超出范围 [" + (int) min + ", " + (int) max + "] / out of range: " + text);
        }
        return v;
    }
}
