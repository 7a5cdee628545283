package org.plantrace.domain.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans arranged as the chain transmission runs down: the top plans (no parent, or a parent that is
 * not stored), each followed by the plans it transmits to. Siblings are ordered by level, then by
 * township, then by code, so the listing is the same on every call.
 */
public final class PlanChain {
    /** A plan and how deep it sits (0 for a top plan). */
    public record Node(Plan plan, int depth) {
    }

    private static final Comparator<Plan> SIBLINGS = Comparator.comparing(Plan::level)
            .thenComparing(Plan::township).thenComparing(Plan::code);

    private final List<Node> inOrder;

    private PlanChain(List<Node> inOrder) {
        this.inOrder = List.copyOf(inOrder);
    }

    public static PlanChain of(List<Plan> plans) {
        Map<String, Plan> byCode = new LinkedHashMap<>();
        plans.forEach(p -> byCode.put(p.code(), p));
        Map<String, List<Plan>> children = new LinkedHashMap<>();
        List<Plan> tops = new ArrayList<>();
        for (Plan p : plans) {
            if (p.parent() != null && byCode.containsKey(p.parent())) {
                children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p);
            } else {
                tops.add(p);
            }
        }
        List<Node> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        tops.stream().sorted(SIBLINGS).forEach(p -> walk(p, 0, children, seen, out));
        return new PlanChain(out);
    }

    private static void walk(Plan p, int depth, Map<String, List<Plan>> children, Set<String> seen, List<Node> out) {
        if (!seen.add(p.code())) {
            return; // a cycle in stored data must not loop forever
        }
        out.add(new Node(p, depth));
        children.getOrDefault(p.code(), List.of()).stream().sorted(SIBLINGS)
                .forEach(c -> walk(c, depth + 1, children, seen, out));
    }

    /** Every plan once, parents before their children (a plan caught in a parent cycle is left out). */
    public List<Node> inOrder() {
        return inOrder;
    }

    /** The plans {@code code} transmits to directly. */
    public List<Plan> children(String code) {
        return inOrder.stream().map(Node::plan).filter(p -> code.equals(p.parent())).toList();
    }
}
