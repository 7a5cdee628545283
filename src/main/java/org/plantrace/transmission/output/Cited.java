package org.plantrace.transmission.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plantrace.citation.ClauseAddresses;
import org.plantrace.transmission.Checklist;
import org.plantrace.transmission.ChecklistItem;
import org.plantrace.transmission.SourceClause;

/**
 * The county clauses a checklist cites and where each can be read (issue #14.1): the citable address
 * of the clause in the checklist's version, for the hyperlinks of the Word and PDF files; each cited
 * clause once, in the order of first citation, for the list of addresses at the end.
 */
final class Cited {
    static final String APPENDIX = "附：引用条款地址";

    final ClauseAddresses addresses;
    private final Checklist checklist;

    Cited(Checklist checklist, ClauseAddresses addresses) {
        this.checklist = checklist;
        this.addresses = addresses == null ? ClauseAddresses.none() : addresses;
    }

    /** The clause's full address; null when no base is known or the source has no durable id (no link then). */
    String address(SourceClause s) {
        if (!addresses.known() || s.uid() == null || s.uid().isBlank()) {
            return null;
        }
        return addresses.clause(checklist.planCode(), checklist.planVersion(), s.uid());
    }

    /** Every cited clause with an address, once each. */
    List<SourceClause> all() {
        Map<String, SourceClause> seen = new LinkedHashMap<>();
        for (ChecklistItem item : checklist.items()) {
            for (SourceClause s : item.sourceClauses()) {
                if (address(s) != null) {
                    seen.putIfAbsent(s.uid(), s);
                }
            }
        }
        return new ArrayList<>(seen.values());
    }

    /** The line under the cover that says where the cited clauses are: the address they share, once. */
    static String header(Checklist c, ClauseAddresses addresses) {
        return "条款地址：" + addresses.versionPrefix(c.planCode(), c.planVersion())
                + "（条款标识）；“来源条款”各条可点击打开该条在第 " + c.planVersion() + " 版中的条款页，完整地址见文末“"
                + APPENDIX.substring(2) + "”。";
    }
}
