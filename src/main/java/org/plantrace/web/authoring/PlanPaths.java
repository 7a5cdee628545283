package org.plantrace.web.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the authoring and version pages, inside the app (without the context path). */
public final class PlanPaths {
    private PlanPaths() {
    }

    public static String plans() {
        return "/plans";
    }

    public static String versions(String code) {
        return "/plans/" + enc(code);
    }

    public static String version(String code, int version) {
        return versions(code) + "/" + version;
    }

    /** The citable address of a clause in one version. */
    public static String clause(String code, int version, String uid) {
        return org.plantrace.citation.ClauseAddresses.path(code, version, uid);
    }

    public static String edit(String code, int version, String uid) {
        return clause(code, version, uid) + "/edit";
    }

    public static String audit(String code) {
        return versions(code) + "/audit";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
