package org.plantrace.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the text, extraction ends, and every value it reports is at its span. */
class IndicatorRobustnessTest {
    private static final String[] PIECES = {"0", "1", "2.5", "2035", "年", "至", "到", "—", "-", "～", "%", "％", "万亩",
        "平方千米", "米", "千伏", "以上", "以内", "左右", "约", "不低于", "控制在", "占", "的", "，", "。", "、", "\n",
        "耕地保有量", "面积", "县域", "分钟", "社区生活圈", "个", "处", "S", "#", "×", "t/h", ".", " "};

    @Test
    void randomTextNeverBreaksTheSpanPromise() {
        Random random = new Random(20261125);
        IndicatorExtractor extractor = new IndicatorExtractor();
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (Indicator i : extractor.extract(text)) {
                String at = text.substring(i.span().start(), i.span().end());
                assertTrue(at.startsWith(i.value().toPlainString()) && at.endsWith(i.unit())
                        && (i.valueMax() == null || at.contains(i.valueMax().toPlainString())), text + " → " + i);
                assertTrue(i.shareOf() == null || i.shareOf() >= 0, text);
            }
        }
    }
}
