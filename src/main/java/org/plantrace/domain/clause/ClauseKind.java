package org.plantrace.domain.clause;

/**
 * What a clause is in the plan's structure. The prefix is the Akoma Ntoso style part of the
 * readable path id ({@code chp_3__sec_1__art_2}).
 */
public enum ClauseKind {
    CHAPTER("chp", "章"),
    SECTION("sec", "节"),
    ARTICLE("art", "条"),
    ITEM("item", "款"),
    SUB_ITEM("subitem", "项"),
    PARAGRAPH("para", "段"),
    TABLE("table", "表"),
    /** 附表, 附录, 名词解释: after the chapters, not numbered with them. */
    APPENDIX("app", "附录");

    private final String idPrefix;
    private final String chineseName;

    ClauseKind(String idPrefix, String chineseName) {
        this.idPrefix = idPrefix;
        this.chineseName = chineseName;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The JSON / CLI spelling: {@code sub-item}, {@code chapter} … */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }

    /**
     * The structural kind for a heading at outline level 1..n: 1 chapter, 2 section, 3 article,
     * 4 item, deeper levels sub-item. Readers that know a level (Word heading styles, PDF font
     * sizes, numbering styles) all map it through here so that they agree.
     */
    public static ClauseKind forLevel(int level) {
        return switch (level) {
            case 1 -> CHAPTER;
            case 2 -> SECTION;
            case 3 -> ARTICLE;
            case 4 -> ITEM;
            default -> level < 1 ? PARAGRAPH : SUB_ITEM;
        };
    }

    /** The outline level of a heading kind; 0 for paragraphs and tables, which are not headings. */
    public int level() {
        return switch (this) {
            case CHAPTER -> 1;
            case SECTION -> 2;
            case ARTICLE -> 3;
            case ITEM -> 4;
            case SUB_ITEM -> 5;
            default -> 0;
        };
    }
}
