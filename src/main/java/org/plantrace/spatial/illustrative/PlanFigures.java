package org.plantrace.spatial.illustrative;

import org.plantrace.spatial.Area;

/**
 * The areas the shipped Hunyuan plan text states (line numbers of the plan document in its package),
 * which the illustrative layers are calibrated to. They are absolute areas: the plan's own county
 * (538.87 km² = 27.37% ⇒ about 1968.8 km²) is 1.7% larger than the public outline we draw in
 * (about 1935 km²), so shares of the county come out 1.7% higher than the plan's percentages.
 */
public final class PlanFigures {
    /** Line 96: 全县划定生态保护红线面积538.87平方千米，占县域国土面积的27.37%. */
    public static final Area ECOLOGICAL_RED_LINE = Area.ofKm2(538.87);
    /** Line 165: 73.39万亩耕地. */
    public static final Area CULTIVATED_LAND = Area.ofMu(733_900);
    /** Line 165: 63.25万亩永久基本农田. */
    public static final Area PERMANENT_BASIC_FARMLAND = Area.ofMu(632_500);
    /** Line 101: 城镇开发边界16.46平方千米, in 永安镇 and the five towns of line 130. */
    public static final Area URBAN_DEVELOPMENT_BOUNDARY = Area.ofKm2(16.46);
    /** Line 47: 中心城区总面积31.59平方千米. */
    public static final Area CENTRAL_CITY = Area.ofKm2(31.59);
    /** Line 606: 在中心城区城镇开发边界内划定7个详规单元. */
    public static final int DETAILED_PLAN_UNITS = 7;
    /** Line 433: 历史城区…面积约为107公顷. */
    public static final Area HISTORIC_CITY = Area.ofHectares(107);
    /** Line 435: 历史文化街区…总面积63.34公顷. */
    public static final Area HISTORIC_DISTRICT = Area.ofHectares(63.34);
    /** Line 435: 其中核心保护范围面积30.13公顷 (the rest, 33.21 公顷, is 建设控制地带). */
    public static final Area HISTORIC_DISTRICT_CORE = Area.ofHectares(30.13);

    private PlanFigures() {
    }
}
