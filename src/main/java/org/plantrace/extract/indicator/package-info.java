/**
 * Numeric indicators (数值指标) read from clause text: 耕地保有量不低于73.39万亩, 至2035年.
 *
 * <p>This package owns the {@link org.plantrace.extract.indicator.Indicator} value (name, comparator,
 * value or range, unit as written, normalized value, target and base year, binding or expected class
 * with a drafter's override, span into the clause text, share link) and the extractor that finds
 * them. The value lives here rather than in {@code domain} because only extraction makes it so far;
 * it has no framework imports, so a link store can adopt it as it is.
 *
 * <p>The words of the rules — units with their base units, comparator phrases, range separators,
 * name-trimming words, binding keywords, name patterns — are data in
 * {@code src/main/resources/org/plantrace/extract/indicator/indicator-rules.tsv}, read from the
 * classpath by {@link org.plantrace.extract.indicator.IndicatorRules}, so the CLI jar and the web app
 * carry them; {@code IndicatorRules.read(Reader)} takes another bureau's file.
 *
 * <p>Decisions, each a line of the rule file unless said otherwise:
 * <ul>
 * <li>Every reported value is literally in the clause text at its span; nothing is computed into
 *     a value. The normalized value is computed and said to be so: area in 公顷 (1 亩 = 1/15 公顷,
 *     1 平方千米 = 100 公顷), 万 ×10⁴, 亿 ×10⁸, percentages stay %.</li>
 * <li>Comparator precedence: a—b range; then a suffix (以上 ≥, 以内/以下/内 ≤, 左右 ≈); then the phrase
 *     before (不低于 ≥, 不超过 ≤, 约 ≈); a bare 达到 reads as ≥, a target being reached at least.</li>
 * <li>Not indicators (in code, not words): numbers glued to letters or digits (S303, GB/T 39972, 1#),
 *     calendar years (2035年, 2021—2035年), a number with neither unit nor comparator (〔2019〕18号,
 *     省道203). Counts with a classifier (6个镇, 10处) have no unit in the rules, so they are not
 *     indicators: they are inventories of named things, for entity linking and the count lint.</li>
 * <li>Years are read within the sentence (to 。 or a paragraph break): 至/到YYYY年 gives the target
 *     year, a bare YYYY年 the base (status) year.</li>
 * <li>Class: a 约束性/预期性 word in the sentence decides, else a binding keyword in the name, else
 *     expected. A drafter's override is kept beside the ruled class, never over it.</li>
 * </ul>
 *
 * <p>Entry points: {@link org.plantrace.extract.indicator.IndicatorExtractor#extract(String)} and,
 * for JSON writers, {@link org.plantrace.extract.indicator.IndicatorListing}.
 */
package org.plantrace.extract.indicator;
