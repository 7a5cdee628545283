package org.plantrace.conformance.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.conformance.Finding;
import org.plantrace.conformance.Review;

/**
 * The county clauses a 审查意见书 cites and their citable addresses in the county version reviewed
 * against (issue #14.1), for the hyperlinks of the Word and PDF files; each clause once, in order of
 * first citation, for the address list at the end. Without a known base the files print the path
 * inside the app and link nothing.
 */
final class ReviewCitations {
    static final String APPENDIX = "附：引用条款地址";

    private final Review review;
    final ClauseAddresses addresses;

    ReviewCitations(Review review, ClauseAddresses addresses) {
        this.review = review;
        this.addresses = addresses == null ? ClauseAddresses.none() : addresses;
    }

    /** The clause's address: absolute with a known base, else the path inside the app. */
    String address(Finding.CountyCite c) {
        return addresses.clause(review.countyCode(), review.countyVersion(), c.uid());
    }

    /** The address to link to, or null when it would not be absolute (no base) or there is no durable id. */
    String link(Finding.CountyCite c) {
        return addresses.known() && c.uid() != null && !c.uid().isBlank() ? address(c) : null;
    }

    /** Every cited county clause with a durable id, once each. */
    List<Finding.CountyCite> all() {
        Map<String, Finding.CountyCite> seen = new LinkedHashMap<>();
        for (Finding f : review.findings()) {
            for (Finding.CountyCite c : f.countyClauses()) {
                if (c.uid() != null && !c.uid().isBlank()) {
                    seen.putIfAbsent(c.uid(), c);
                }
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** The line under the header saying where the cited county clauses are, the shared address once. */
    String header() {
        return "条款地址：" + addresses.versionPrefix(review.countyCode(), review.countyVersion())
                + "（条款标识）；“县级规划条款”各条" + (addresses.known() ? "可点击打开" : "对应")
                + "该条在县级规划第 " + review.countyVersion() + " 版中的条款页，完整地址见文末“" + APPENDIX.substring(2) + "”。";
    }
}
