package org.plantrace.citation;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The citable addresses of clauses (issue #14.1): {@code <base>/plans/{code}/{n}/clauses/{uid}}, one
 * clause as it reads in one version. The base is where readers reach PlanTrace — the configured
 * public address ({@code -Dplantrace.public-url} or {@code PLANTRACE_PUBLIC_URL}), else, on the web,
 * the address the request came in on, and for the command line its {@code --base-url}. Without a
 * base the addresses are paths inside the app and files written with them carry no hyperlinks: a
 * link that points nowhere is worse than none.
 */
public final class ClauseAddresses {
    public static final String PROPERTY = "plantrace.public-url";
    public static final String ENVIRONMENT = "PLANTRACE_PUBLIC_URL";

    private static final ClauseAddresses NONE = new ClauseAddresses(null);
    private final String base;

    private ClauseAddresses(String base) {
        this.base = base;
    }

    /** No base known: relative paths, no hyperlinks. */
    public static ClauseAddresses none() {
        return NONE;
    }

    /**
     * The addresses under {@code base}, an absolute http(s) address such as
     * {@code https://plan.example.cn/plantrace}; a trailing slash is dropped.
     *
     * @throws IllegalArgumentException naming the address and what is wrong with it
     */
    public static ClauseAddresses at(String base) {
        String b = base == null ? "" : base.strip();
        try {
            URI uri = new URI(b);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("条款地址的根地址“" + b
                        + "”不是 http(s) 网址（如 https://plan.example.cn/plantrace） / not an http(s) base address");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("条款地址的根地址“" + b + "”不是有效网址（" + e.getReason()
                    + "） / not a valid address");
        }
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return new ClauseAddresses(b);
    }

    /** The configured public base ({@value #PROPERTY}, else {@value #ENVIRONMENT}), if any. */
    public static Optional<String> configured() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(ENVIRONMENT);
        }
        return p == null || p.isBlank() ? Optional.empty() : Optional.of(p.strip());
    }

    /** The configured base, else {@code fallback} (the request's address), else none. */
    public static ClauseAddresses configuredOr(String fallback) {
        Optional<String> c = configured();
        if (c.isPresent()) {
            return at(c.get());
        }
        return fallback == null || fallback.isBlank() ? none() : at(fallback);
    }

    /** Whether addresses are absolute, so that files may link to them. */
    public boolean known() {
        return base != null;
    }

    /** {@code /plans/{code}/{n}/clauses/{uid}}: the address inside the app. */
    public static String path(String planCode, int version, String uid) {
        return "/plans/" + enc(planCode) + "/" + version + "/clauses/" + enc(uid);
    }

    /** The full address of one clause of one version (a path when no base is known). */
    public String clause(String planCode, int version, String uid) {
        return (base == null ? "" : base) + path(planCode, version, uid);
    }

    /** The address every clause of a version shares, printed once in a file's header: {@code …/clauses/}. */
    public String versionPrefix(String planCode, int version) {
        return (base == null ? "" : base) + "/plans/" + enc(planCode) + "/" + version + "/clauses/";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
