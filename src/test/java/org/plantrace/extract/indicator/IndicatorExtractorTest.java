package org.plantrace.extract.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small fixtures, worded like other plans rather than the seed, one rule each. */
class IndicatorExtractorTest {
    private final IndicatorExtractor extractor = new IndicatorExtractor();

    private Indicator only(String text) {
        List<Indicator> found = extractor.extract(text);
        assertEquals(1, found.size(), () -> text + " → " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "林地保有量不低于120.5万亩|林地保有量|>=|120.5|万亩",
        "新增绿地不少于30公顷|新增绿地|>=|30|公顷",
        "绿地率不小于35%|绿地率|>=|35|%",
        "镇区人口规模5万人以上|镇区人口规模|>=|5|万人",
        "污水集中收集率达到95%以上|污水集中收集率|>=|95|%",
        "建设用地规模不超过12.6平方千米|建设用地规模|<=|12.6|平方千米",
        "单位GDP用水量不高于30立方米|单位GDP用水量|<=|30|立方米",
        "人均城镇建设用地控制在115平方米/人以内|人均城镇建设用地|<=|115|平方米/人",
        "地下水开采量在0.3亿立方米以下|地下水开采量|<=|0.3|亿立方米",
        "建筑高度不大于24米|建筑高度|<=|24|米",
        "规划人口约8.5万人|规划人口|≈|8.5|万人",
        "道路红线宽度24米左右|道路红线宽度|≈|24|米",
        "中心城区面积42.3平方千米|中心城区面积|=|42.3|平方千米",
        "再生水利用率达到25%|再生水利用率|>=|25|%",
        "容积率不大于2.5|容积率|<=|2.5|",
        "接警后5分钟内到达|接警后|<=|5|分钟",
        "防洪标准为100年一遇|防洪标准|=|100|年一遇",
        "规划期末，全县森林覆盖率提高到25%|森林覆盖率|>=|25|%",
        "单位地区生产总值能耗降低至0.8吨标准煤/万元|单位地区生产总值能耗|<=|0.8|吨标准煤/万元",
        "燃气普及率达100%|燃气普及率|>=|100|%",
        "建设用地总规模≤52.6平方千米|建设用地总规模|<=|52.6|平方千米",
        "公路网密度达到60千米/百平方千米|公路网密度|>=|60|千米/百平方千米",
        "湿地面积不少于1.2万公顷|湿地面积|>=|1.2|万公顷",
        "到2035年，全县常住人口规模控制在35万人左右|常住人口规模|≈|35|万人",
    })
    void comparatorForms(String text, String name, String op, String value, String unit) {
        Indicator i = only(text);
        assertEquals(name, i.name());
        assertEquals(op, i.op().symbol());
        assertEquals(new BigDecimal(value), i.value());
        assertEquals(unit == null ? "" : unit, i.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "绿化覆盖率35—40%|35|40|%",
        "服务半径300-500米|300|500|米",
        "床位数4～6张|4|6|张",
        "层数2~3倍|2|3|倍",
        "日供水量1至2万立方米/日|1|2|万立方米/日",
        "达标率80%—90%|80|90|%",
        "规模约500—1500吨/日|500|1500|吨/日",
    })
    void rangesKeepBothEndsAndOneUnit(String text, String min, String max, String unit) {
        Indicator i = only(text);
        assertEquals(Comparison.RANGE, i.op());
        assertEquals(new BigDecimal(min), i.value());
        assertEquals(new BigDecimal(max), i.valueMax());
        assertEquals(unit, i.unit());
        assertEquals(text.substring(text.indexOf(min)), text.substring(i.span().start(), i.span().end()));
    }

    @Test
    void aShareLinksToTheAreaItIsAShareOf() {
        List<Indicator> found = extractor.extract("划定林地保护范围120.5平方千米，保护倍数控制在1.1以内，占市域国土面积的12.3%。");
        assertEquals(3, found.size(), found::toString);
        Indicator share = found.get(2);
        assertEquals(new BigDecimal("12.3"), share.value());
        assertEquals(0, share.shareOf(), "the area, not the unit-less ratio in between");
        assertTrue(share.name().startsWith("林地保护范围") && share.name().contains("占市域国土面积"), share.name());
    }

    @Test
    void aShareWithoutAStatedWholeStandsAlone() {
        Indicator i = only("城市绿地占城市建设用地的比例不低于15%");
        assertNull(i.shareOf());
        Indicator j = only("占全县常住人口的60%");
        assertNull(j.shareOf());
        assertTrue(j.name().contains("占全县常住人口"), j.name());
    }

    @Test
    void targetYearsHoldForTheirSentenceAndBareYearsAreBaseYears() {
        List<Indicator> found = extractor.extract(
                "2020年，户籍人口30.1万人；到2025年，常住人口28万人，至2035年，常住人口约26万人。城镇开发边界12平方千米。");
        assertEquals(4, found.size(), found::toString);
        assertEquals(2020, found.get(0).baseYear());
        assertNull(found.get(0).year());
        assertEquals(2025, found.get(1).year());
        assertEquals(2035, found.get(2).year());
        assertNull(found.get(3).year(), "a new sentence states no year");
        assertNull(found.get(3).baseYear());
    }

    @Test
    void unitsNormalizeToBaseUnits() {
        assertNormalized("耕地保有量不低于15亩", "1", "公顷");
        assertNormalized("耕地保有量不低于3万亩", "2000", "公顷");
        assertNormalized("生态保护红线3.5平方千米", "350", "公顷");
        assertNormalized("用水总量1.2亿立方米", "120000000", "立方米");
        assertNormalized("供水能力2.5万立方米/日", "25000", "立方米/日");
        assertNormalized("装机容量30兆瓦", "30000", "千瓦");
        assertNormalized("达标率95％", "95", "%");
        assertNormalized("常住人口12.5万人", "125000", "人");
        Indicator range = only("人口规模0.3—0.5万人");
        assertEquals(0, new BigDecimal("3000").compareTo(range.normalized().value()));
        assertEquals(0, new BigDecimal("5000").compareTo(range.normalized().valueMax()));
        assertNull(only("容积率不大于2.5").normalized(), "no unit, nothing to normalize");
    }

    private void assertNormalized(String text, String value, String unit) {
        Normalized n = only(text).normalized();
        assertEquals(0, new BigDecimal(value).compareTo(n.value()), text + " → " + n);
        assertEquals(unit, n.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "规划期限为2021年至2035年，近期至2025年",
        "《某市国土空间总体规划（2021—2035年）》",
        "依据自然资发〔2019〕87号文件",
        "符合GB/T 39972—2021的要求",
        "第3条 本规划适用于全市",
        "全县辖6个镇、10个乡，共有文物保护单位29处",
        "构建一核两轴、三条控制线",
        "沿S303、G239布置货运通道",
        "加快5G网络建设，改造1#阀室",
        "构建15分钟、5—10分钟社区生活圈",
        "划定4个15分钟社区生活圈",
        "2026年1月1日起施行",
    })
    void nonIndicators(String text) {
        assertEquals(List.of(), extractor.extract(text));
    }

    @Test
    void aNumberWithoutUnitNeedsAComparatorAndARatioNameOrSuffix() {
        assertEquals(List.of(), extractor.extract("整治提升省道203，作为游览路线"));
        assertEquals(List.of(), extractor.extract("设置开采区8"));
        assertEquals("拆建比", only("拆建比控制在2以内").name());
        assertEquals(Comparison.AT_MOST, only("容积率≤2.5").op());
        assertEquals(List.of(), extractor.extract("容积率为2.5"), "为 is no comparator: a bare number stays out");
    }

    @Test
    void aVerbBeforeOrAQualifyingUnitTakesTheNameAfter() {
        assertEquals("建设用地指标", only("预留不少于10%的建设用地指标").name());
        List<Indicator> substations = extractor.extract("新建2座110千伏变电站、1座35千伏开关站");
        assertEquals(2, substations.size(), "the counts 2座 and 1座 are not indicators");
        assertEquals("变电站", substations.get(0).name());
        assertEquals("开关站", substations.get(1).name());
        assertEquals("养老院", only("配置300床位以上的养老院").name());
    }

    @Test
    void bindingByKeywordExpectedOtherwiseAndADrafterOverrides() {
        assertEquals(IndicatorClass.BINDING, only("耕地保有量不低于10万亩").effectiveClass());
        assertEquals(IndicatorClass.EXPECTED, only("绿色出行比例达到70%").effectiveClass());
        assertEquals(IndicatorClass.BINDING, only("人均应急避难场所面积不低于1.5平方米，为约束性指标").effectiveClass());
        Indicator i = only("绿色出行比例达到70%").withClassOverride(IndicatorClass.BINDING);
        assertEquals(IndicatorClass.EXPECTED, i.ruledClass());
        assertEquals(IndicatorClass.BINDING, i.effectiveClass());
        assertEquals(IndicatorClass.EXPECTED, i.withClassOverride(null).effectiveClass());
    }

    @Test
    void namesLoseTimePhrasesCountyWordsAndListsBeforeDeng() {
        assertEquals("路网密度", only("至2035年全县路网密度不低于8千米/平方千米").name());
        assertEquals("主要河流水质优良比例", only("甲河、乙河等主要河流水质优良比例总体达到75%以上").name());
        assertEquals("用水总量", only("其中浑源县用水总量控制在0.5亿立方米以内").name());
    }

    @Test
    void spansCoverTheDigitsAndTheUnitOnly() {
        String text = "至2035年，全县耕地保有量不低于73.39万亩，森林覆盖率达到14.17%以上。";
        for (Indicator i : extractor.extract(text)) {
            String at = text.substring(i.span().start(), i.span().end());
            assertEquals(i.value().toPlainString() + i.unit(), at);
        }
    }

    @Test
    void aParagraphInAnotherPlansWording() {
        String text = "至2035年，全市耕地保有量不少于256.8万亩，其中永久基本农田保护面积不低于220.15万亩；生态保护红线面积"
                + "不低于1230.5平方公里，约占市域国土面积的15.2%；城乡建设用地规模控制在420平方千米以内；单位GDP建设用地"
                + "使用面积下降率不低于40%；人均应急避难场所面积达到2平方米以上；城镇开发边界扩展倍数不超过1.3倍。";
        List<String> expected = List.of(
                "耕地保有量 >= 256.8 万亩 2035 binding null",
                "永久基本农田保护面积 >= 220.15 万亩 2035 binding null",
                "生态保护红线面积 >= 1230.5 平方公里 2035 binding null",
                "生态保护红线面积占市域国土面积比例 ≈ 15.2 % 2035 binding 2",
                "城乡建设用地规模 <= 420 平方千米 2035 expected null",
                "单位GDP建设用地使用面积下降率 >= 40 % 2035 expected null",
                "人均应急避难场所面积 >= 2 平方米 2035 expected null",
                "城镇开发边界扩展倍数 <= 1.3 倍 2035 binding null");
        List<String> found = extractor.extract(text).stream().map(i -> i.name() + " " + i.op().symbol() + " "
                + i.value().toPlainString() + " " + i.unit() + " " + i.year() + " " + i.effectiveClass().jsonName() + " "
                + i.shareOf()).toList();
        assertEquals(expected, found);
    }
}
