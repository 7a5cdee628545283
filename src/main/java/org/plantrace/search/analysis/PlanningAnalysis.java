package org.plantrace.search.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Ours: bigrams for recall (any wording finds something), whole planning terms for precision (a
 * clause that says 生态保护红线 outranks one that merely has 生态 and 红线 near each other), and
 * synonyms so that everyday words (学校, 医院, 垃圾) find what the plan writes (小学, 卫生院, 生活垃圾).
 */
final class PlanningAnalysis implements Analysis {
    /** A planning term in the heading is the strongest sign that the clause is about it. */
    static final float HEADING_TERM_BOOST = 4f;
    static final float TEXT_TERM_BOOST = 2f;
    /** A synonym is a little weaker than the word the user typed. */
    static final float SYNONYM_FACTOR = 0.75f;

    private final Vocabulary vocabulary;
    private final CJKAnalyzer bigrams = new CJKAnalyzer();
    private final Analyzer analyzer;

    PlanningAnalysis(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        DictionaryAnalyzer terms = new DictionaryAnalyzer(vocabulary.dictionary());
        this.analyzer = new PerFieldAnalyzerWrapper(bigrams,
                Map.of(TextFields.HEADING_TERMS, terms, TextFields.TEXT_TERMS, terms, TextFields.PATH_TERMS, terms));
    }

    @Override
    public String name() {
        return "planning";
    }

    @Override
    public String indexing() {
        return name() + " " + vocabulary.dictionary().fingerprint();
    }

    /**
     * A phrase of Chinese characters that is a planning term, over the heading, the path or the text, matches
     * the clauses whose term field holds the term: the dictionary analysis emits every occurrence of
     * every term, and the characters in a row are what both read (PhraseTermEquivalenceTest checks
     * it on the seed plan). The term is one postings list; the phrase is several, with positions.
     */
    @Override
    public Query sameMatches(PhraseQuery phrase) {
        String terms = TextFields.TEXT.equals(phrase.getField()) ? TextFields.TEXT_TERMS
                : TextFields.HEADING.equals(phrase.getField()) ? TextFields.HEADING_TERMS
                : TextFields.PATH.equals(phrase.getField()) ? TextFields.PATH_TERMS : null;
        String chars = terms == null ? null : BigramPhrases.characters(phrase);
        return chars != null && vocabulary.dictionary().contains(chars) ? new TermQuery(new Term(terms, chars)) : null;
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }

    @Override
    public Query query(String words, boolean quoted) {
        BooleanQuery.Builder q = FieldQueries.acrossFields(bigrams, words, quoted);
        if (quoted) {
            // a quoted phrase means exactly these characters: the bigram phrase says it, and a
            // phrase that is itself a planning term also counts as that term
            if (vocabulary.dictionary().contains(words.strip())) {
                addTerm(q, words.strip(), 1f);
            }
            return FieldQueries.orNothing(q.build());
        }
        for (String term : termsOf(words)) {
            addTerm(q, term, 1f);
        }
        for (String synonym : synonymsOf(words)) {
            addTerm(q, synonym, SYNONYM_FACTOR);
        }
        return FieldQueries.orNothing(q.build());
    }

    /**
     * Close matches: the characters as written (a bigram phrase), or every outermost planning term
     * of the words, each as itself or one of its synonyms (城镇开发边界面积 → clauses naming 城镇开发边界
     * and 面积; 学校 → 幼儿园, 小学 …). A clause merely sharing 保护 with 生态保护红线 is not one.
     */
    @Override
    public Query closeQuery(String words, boolean quoted) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        List<PlanningDictionary.Match> outer = quoted ? List.of() : vocabulary.dictionary().outermost(words);
        if (!withinTerms(outer, words)) {
            q.add(FieldQueries.orNothing(FieldQueries.acrossFields(bigrams, words, true).build()), BooleanClause.Occur.SHOULD);
        }
        if (!outer.isEmpty()) {
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            for (PlanningDictionary.Match m : outer) {
                BooleanQuery.Builder one = new BooleanQuery.Builder();
                addTerm(one, m.term(), 1f);
                one.add(FieldQueries.orNothing(FieldQueries.acrossFields(bigrams, m.term(), true).build()), BooleanClause.Occur.SHOULD);
                for (String synonym : vocabulary.synonyms().of(m.term())) {
                    addTerm(one, synonym, SYNONYM_FACTOR);
                    one.add(FieldQueries.orNothing(FieldQueries.acrossFields(bigrams, synonym, true).build()),
                            BooleanClause.Occur.SHOULD);
                }
                every.add(one.build(), BooleanClause.Occur.MUST);
            }
            q.add(every.build(), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    /**
     * Whether the words as written (their bigram phrase) can only match where every outermost term
     * matches too, so that the phrase adds no close match and need not be read: each term is two or
     * more Chinese characters written in the words, so its bigram phrase is a run of the words'
     * phrase, and a clause holding the words in a field holds each term in it. For two words
     * (生态保护红线 永久基本农田: ten bigrams with positions over 600,000 clauses) reading that phrase
     * was the slowest part of asking them for the first time, 10–14 ms, for no clause more.
     * {@code CloseQueryTest} checks the close matches are the same with the phrase added back.
     */
    static boolean withinTerms(List<PlanningDictionary.Match> outer, String words) {
        return !outer.isEmpty() && outer.stream().map(PlanningDictionary.Match::term)
                .allMatch(t -> t.length() >= 2 && t.codePoints().allMatch(PlanningAnalysis::han) && words.contains(t));
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    @Override
    public Query highlightQuery(String words, boolean quoted) {
        BooleanQuery.Builder q = FieldQueries.acrossFields(bigrams, words, quoted);
        if (!quoted) {
            for (String synonym : synonymsOf(words)) {
                q.add(FieldQueries.acrossFields(bigrams, synonym, true).build(), BooleanClause.Occur.SHOULD);
            }
        }
        return q.build();
    }

    private Set<String> termsOf(String words) {
        Set<String> out = new LinkedHashSet<>();
        vocabulary.dictionary().find(words).forEach(m -> out.add(m.term()));
        return out;
    }

    /** Synonyms of the outermost terms only: 红线 inside 生态保护红线 does not expand. */
    private Set<String> synonymsOf(String words) {
        Set<String> out = new LinkedHashSet<>();
        for (PlanningDictionary.Match m : vocabulary.dictionary().outermost(words)) {
            out.addAll(vocabulary.synonyms().of(m.term()));
        }
        out.removeAll(termsOf(words));
        return out;
    }

    private static void addTerm(BooleanQuery.Builder q, String term, float factor) {
        q.add(new BoostQuery(new TermQuery(new Term(TextFields.HEADING_TERMS, term)), HEADING_TERM_BOOST * factor),
                BooleanClause.Occur.SHOULD);
        q.add(new BoostQuery(new TermQuery(new Term(TextFields.TEXT_TERMS, term)), TEXT_TERM_BOOST * factor),
                BooleanClause.Occur.SHOULD);
    }
}
