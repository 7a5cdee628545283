package org.plantrace.search.analysis;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits only the dictionary terms found in the text, every occurrence. A term's position is its
 * start character, so overlapping terms that start together are stacked (increment 0). Clause
 * texts are short, so the whole input is read at once.
 */
final class DictionaryTokenizer extends Tokenizer {
    private final PlanningDictionary dictionary;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private Iterator<PlanningDictionary.Match> matches;
    private int lastStart;
    private int length;

    DictionaryTokenizer(PlanningDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n; (n = input.read(buffer)) != -1; ) {
            text.append(buffer, 0, n);
        }
        length = text.length();
        List<PlanningDictionary.Match> found = dictionary.find(text);
        matches = found.iterator();
        lastStart = -1;
    }

    @Override
    public boolean incrementToken() {
        if (!matches.hasNext()) {
            return false;
        }
        clearAttributes();
        PlanningDictionary.Match m = matches.next();
        term.setEmpty().append(m.term());
        offset.setOffset(correctOffset(m.start()), correctOffset(m.end()));
        increment.setPositionIncrement(lastStart < 0 ? 1 : Math.max(0, m.start() - lastStart));
        lastStart = m.start();
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }
}
