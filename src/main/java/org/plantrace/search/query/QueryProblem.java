package org.plantrace.search.query;

import org.plantrace.domain.message.Message;

/** A request the search layer will not run, with the message for the user in Chinese. */
final class QueryProblem extends Exception {
    private final transient Message reason;

    QueryProblem(Message reason) {
        super(reason.chinese());
        this.reason = reason;
    }

    Message reason() {
        return reason;
    }

    /** For what the parser rejects with its own (English, technical) message. */
    static QueryProblem unreadable() {
        return new QueryProblem(Message.of("query.unreadable"));
    }
}
