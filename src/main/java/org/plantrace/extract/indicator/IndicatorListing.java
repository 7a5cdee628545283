package org.plantrace.extract.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators as plain ordered maps for JSON writers (the CLI's {@code parse}), so this package needs
 * no JSON library: {@code {"name","op","value","valueMax","unit","normalized":{"value","valueMax","unit"},
 * "year","class","span":[start,end],"baseYear","shareOf"}}; unit is null when the text writes none.
 */
public final class IndicatorListing {
    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor();

    private IndicatorListing() {
    }

    /** The indicators of one clause text, ready to serialize. */
    public static List<Map<String, Object>> of(String clauseText) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Indicator i : EXTRACTOR.extract(clauseText)) {
            out.add(map(i));
        }
        return out;
    }

    static Map<String, Object> map(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("op", i.op().symbol());
        m.put("value", i.value());
        m.put("valueMax", i.valueMax());
        m.put("unit", i.unit().isEmpty() ? null : i.unit());
        Map<String, Object> n = null;
        if (i.normalized() != null) {
            n = new LinkedHashMap<>();
            n.put("value", i.normalized().value());
            n.put("valueMax", i.normalized().valueMax());
            n.put("unit", i.normalized().unit());
        }
        m.put("normalized", n);
        m.put("year", i.year());
        m.put("class", i.effectiveClass().jsonName());
        m.put("span", List.of(i.span().start(), i.span().end()));
        m.put("baseYear", i.baseYear());
        m.put("shareOf", i.shareOf());
        return m;
    }
}
