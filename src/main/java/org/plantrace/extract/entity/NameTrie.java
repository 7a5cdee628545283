package org.plantrace.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie over every spelling in the gazetteer. Chinese has no spaces, so names are
 * found by walking the trie from each position of the text: {@link #matchesAt} gives every
 * spelling that starts there, longest first. Walking from every position costs O(text × longest name) and needs
 * no failure links; the names are short (≤ 20 characters), so this is as fast as Aho-Corasick here.
 */
final class NameTrie {
    private final Node root = new Node();

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        List<Name> names; // null where no spelling ends
    }

    void add(Name name) {
        Node n = root;
        for (int i = 0; i < name.text().length(); i++) {
            n = n.next.computeIfAbsent(name.text().charAt(i), c -> new Node());
        }
        if (n.names == null) {
            n.names = new ArrayList<>(1);
        }
        n.names.add(name);
    }

    /**
     * Every spelling that starts at {@code start}, longest first; among names of one spelling,
     * short forms first (they win when their context allows, see {@link EntityLinker}).
     */
    List<Name> matchesAt(CharSequence text, int start) {
        Node n = root;
        List<Name> found = null;
        for (int i = start; i < text.length(); i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.names != null) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.addAll(0, ordered(n.names));
            }
        }
        return found == null ? List.of() : found;
    }

    private static List<Name> ordered(List<Name> names) {
        if (names.size() < 2) {
            return names;
        }
        List<Name> out = new ArrayList<>(names);
        out.sort((a, b) -> Boolean.compare(b.kind() == VariantKind.SHORT, a.kind() == VariantKind.SHORT));
        return out;
    }
}
