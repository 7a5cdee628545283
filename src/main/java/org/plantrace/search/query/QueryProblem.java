package org.plantrace.search.query;

/** A request the search layer will not run, with the message for the user in Chinese. */
final class QueryProblem extends Exception {
    QueryProblem(String message) {
        super(message);
    }

    /** For what the parser rejects with its own (English, technical) message. */
    static QueryProblem unreadable() {
        return new QueryProblem("无法理解这个查询：请检查引号、括号是否成对，AND、OR、NOT 前后是否都有词，"
                + "或去掉特殊符号（+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /）后再试");
    }
}
