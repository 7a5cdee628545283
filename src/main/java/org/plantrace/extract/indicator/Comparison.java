package org.plantrace.extract.indicator;

/** How an indicator's value binds: the symbols are the CLI and rule-file spelling. */
public enum Comparison {
    AT_LEAST(">="),
    AT_MOST("<="),
    MORE_THAN(">"),
    LESS_THAN("<"),
    EQUAL("="),
    ABOUT("≈"),
    RANGE("range");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Comparison ofSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator: " + symbol);
    }
}
