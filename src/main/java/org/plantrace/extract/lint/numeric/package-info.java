/**
 * Numeric plan lint: do the plan's own figures agree with each other and with its layers?
 *
 * <table>
 * <caption>Numeric lint catalogue</caption>
 * <tr><th>id</th><th>severity</th><th>checks</th></tr>
 * <tr><td>NUM001</td><td>error</td><td>each "面积 X，占县域国土面积的 p%" implies a county of X / p; the
 * implied areas must agree within the rounding of X and p ({@link org.plantrace.extract.lint.numeric.ShareRule})</td></tr>
 * <tr><td>NUM002</td><td>warning; info when consistent</td><td>a stated 总面积 against the areas listed
 * under it (其中…, or in its sub-clauses) ({@link org.plantrace.extract.lint.numeric.SumRule})</td></tr>
 * <tr><td>NUM003</td><td>warning; info for no data</td><td>a stated area of a control line or zone
 * against the area of its layer, within rounding + 1%; the county layer against the county the
 * NUM001 shares imply ({@link org.plantrace.extract.lint.numeric.LayerAreaRule})</td></tr>
 * <tr><td>NUM004</td><td>error (rate); warning (town sizes); info for no data</td><td>城镇人口 ÷ 常住人口
 * against the stated 城镇化率, per clause and year; and the town size tiers (一般乡镇14个 × 0.3—0.5万人 …)
 * against the target year's 城镇人口 ({@link org.plantrace.extract.lint.numeric.PopulationRule},
 * {@link org.plantrace.extract.lint.numeric.TownScales})</td></tr>
 * <tr><td>NUM005</td><td>warning</td><td>the same indicator (normalized name, unit, year) stated in two
 * clauses with two values ({@link org.plantrace.extract.lint.numeric.RepeatedIndicatorRule})</td></tr>
 * <tr><td>NUM006</td><td>warning</td><td>the text's statement of an indicator against the 规划指标表's value
 * for the same indicator and year (no year: the table's target year), within rounding
 * ({@link org.plantrace.extract.lint.numeric.TableAgreementRule})</td></tr>
 * </table>
 *
 * <p>How outcomes appear. An inconsistency is a finding pinned to the clause and the figure's span,
 * with the figures and the arithmetic in the message. "No data" (no layer, a share without its
 * area, a rate without one of its counts) is an info finding pinned the same way, saying 无法核对: it
 * is never counted as consistent. A consistent check is not a finding of its own (a drafter's list
 * would fill with "一致"); each rule ends with one info summary, not pinned to a clause
 * ({@code clause} null, location 全文), counting consistent / inconsistent / no-data checks and
 * naming the consistent ones, so a rule that ran and agreed is told apart from one that found
 * nothing to check. NUM002 is the one exception: parts adding up exactly to a total is reported
 * pinned, as info, because a plain sum of areas that may overlap on the ground deserves a look.
 *
 * <p>Rounding, not tolerance: every written figure stands for the range its last digit allows
 * (27.37% is [27.365%, 27.375%]); arithmetic is done on ranges, and two figures disagree only when
 * their ranges do not meet. Only NUM003 adds a tolerance (1%), because a measured layer is not a
 * written figure.
 *
 * <p>Figures come from {@link org.plantrace.extract.indicator.IndicatorExtractor}; layers from
 * {@code spatial}. Entry point: {@link org.plantrace.extract.lint.numeric.NumericRules}.
 */
package org.plantrace.extract.lint.numeric;
