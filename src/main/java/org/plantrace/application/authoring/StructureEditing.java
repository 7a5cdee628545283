package org.plantrace.application.authoring;

import static org.plantrace.application.authoring.DraftStore.checkRevision;
import static org.plantrace.application.authoring.Restructuring.position;

import org.plantrace.application.authoring.Restructuring.Restructured;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Actor;
import org.plantrace.domain.account.Permissions;
import org.plantrace.domain.clause.Clause;
import org.plantrace.domain.clause.ClauseKind;
import org.plantrace.domain.message.Message;
import org.plantrace.ingest.identity.DurableIds;

/**
 * The draft's shape changed clause by clause: insert, move (anywhere, or one step up or down),
 * indent and outdent (for levels the reader could not decide), delete. Durable ids are kept by
 * every move; a new clause gets an id the plan never used.
 */
final class StructureEditing {
    private final Restructuring frame;

    StructureEditing(Restructuring frame) {
        this.frame = frame;
    }

    Clause insertClause(Actor actor, String planCode, int version, String anchorUid, Placement placement,
            ClauseKind kind, String heading, String text) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        String newHeading = ClauseInput.heading(heading);
        String newText = ClauseInput.text(text);
        return frame.run(actor, "插入条款", planCode, version, (work, tree) -> {
            Clause anchor = tree.find(anchorUid);
            boolean child = placement == Placement.FIRST_CHILD || placement == Placement.LAST_CHILD;
            ClauseKind k = kind != null ? kind : !child ? anchor.kind()
                    : anchor.kind().level() == 0 ? ClauseKind.PARAGRAPH : ClauseKind.forLevel(anchor.kind().level() + 1);
            if (child && anchor.kind().level() == 0) {
                throw new AuthoringException(Message.of("authoring.insert.leaf"));
            }
            Clause fresh = new Clause(k, "", newHeading);
            fresh.setText(newText);
            fresh.setUid(DurableIds.mintNew(fresh, work.uidsEverUsed()));
            tree.place(fresh, anchor, placement);
            return new Restructured(fresh, "", AuditText.of(fresh), fresh.uid());
        });
    }

    Clause moveClause(Actor actor, String planCode, int version, String uid, String anchorUid, Placement placement) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return frame.run(actor, "移动条款", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause anchor = tree.find(anchorUid);
            if (DraftTree.within(anchor, moved)) {
                throw new AuthoringException(Message.of("authoring.move.intoItself"));
            }
            if (anchor.kind().level() == 0 && (placement == Placement.FIRST_CHILD || placement == Placement.LAST_CHILD)) {
                throw new AuthoringException(Message.of("authoring.move.leaf"));
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, anchor, placement);
            return new Restructured(moved, before, null, uid);
        });
    }

    /** Moves a clause past its previous ({@code offset} -1) or next (+1) sibling. */
    Clause moveBy(Actor actor, String planCode, int version, String uid, int offset) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return frame.run(actor, offset < 0 ? "上移条款" : "下移条款", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause neighbour = tree.sibling(moved, offset);
            if (neighbour == null) {
                throw new AuthoringException(Message.of(offset < 0 ? "authoring.move.first" : "authoring.move.last"));
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, neighbour, offset < 0 ? Placement.BEFORE : Placement.AFTER);
            return new Restructured(moved, before, null, uid);
        });
    }

    Clause indent(Actor actor, String planCode, int version, String uid) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return frame.run(actor, "降为下级", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause parent = tree.sibling(moved, -1);
            if (parent == null || parent.kind().level() == 0) {
                throw new AuthoringException(Message.of("authoring.demote.noParent"));
            }
            if (parent.kind().level() >= ClauseKind.SUB_ITEM.level() || !shiftable(moved, parent.kind().level() + 1)) {
                throw new AuthoringException(Message.of("authoring.demote.deepest"));
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, parent, Placement.LAST_CHILD);
            shift(moved, parent.kind().level() + 1);
            return new Restructured(moved, before, null, uid);
        });
    }

    Clause outdent(Actor actor, String planCode, int version, String uid) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        return frame.run(actor, "提升一级", planCode, version, (work, tree) -> {
            Clause moved = tree.find(uid);
            Clause parent = tree.parentOf(moved);
            if (parent == null) {
                throw new AuthoringException(Message.of("authoring.promote.top"));
            }
            String before = position(tree, moved);
            tree.remove(moved);
            tree.place(moved, parent, Placement.AFTER);
            shift(moved, parent.kind().level());
            return new Restructured(moved, before, null, uid);
        });
    }

    void deleteClause(Actor actor, String planCode, int version, String uid, long expectedRevision) {
        Permissions.standard().require(actor, Action.RESTRUCTURE);
        frame.run(actor, "删除条款", planCode, version, (work, tree) -> {
            Clause gone = tree.find(uid);
            checkRevision(work, version, gone, expectedRevision, null, null);
            if (tree.roots().size() == 1 && tree.roots().get(0) == gone) {
                throw new AuthoringException(Message.of("authoring.delete.only"));
            }
            tree.remove(gone);
            return new Restructured(null, AuditText.subtree(gone), "", uid);
        });
    }

    /** Whether a clause and its sub-clauses fit when the clause is put at {@code level} (1 = 章 … 5 = 项). */
    private static boolean shiftable(Clause c, int level) {
        if (c.kind().level() == 0) {
            return true;
        }
        return level <= ClauseKind.SUB_ITEM.level() && c.children().stream().allMatch(k -> shiftable(k, level + 1));
    }

    /** Gives a clause the kind of {@code level} and its numbered sub-clauses the levels below; paragraphs stay. */
    private static void shift(Clause c, int level) {
        if (c.kind().level() == 0) {
            return;
        }
        int capped = Math.min(Math.max(level, 1), ClauseKind.SUB_ITEM.level());
        for (ClauseKind k : ClauseKind.values()) {
            if (k.level() == capped) {
                c.setKind(k);
            }
        }
        c.children().forEach(k -> shift(k, capped + 1));
    }
}
