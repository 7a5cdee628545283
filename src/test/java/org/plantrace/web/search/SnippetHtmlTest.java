package org.plantrace.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetHtmlTest {
    @Test
    void keepsTheSearchLayersHighlightAndEscapes() {
        assertEquals("划定<em>生态保护红线</em>面积 &lt;b&gt; &amp; &quot;",
                SnippetHtml.safe("划定<em>生态保护红线</em>面积 &lt;b&gt; &amp; &quot;"));
    }

    @Test
    void anyOtherMarkupIsShownAsText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;&lt;em onclick=x&gt;",
                SnippetHtml.safe("<script>alert(1)</script><em onclick=x>"));
        assertEquals("&lt;img src=x onerror=&quot;y&quot;&gt;", SnippetHtml.safe("<img src=x onerror=\"y\">"));
    }

    @Test
    void bareAmpersandsAreEscapedAndAnUnclosedHighlightIsClosed() {
        assertEquals("A&amp;B &amp;nbsp <em>红线</em>", SnippetHtml.safe("A&B &nbsp <em>红线"));
        assertEquals("&lt;/em&gt;红线", SnippetHtml.safe("</em>红线"));
        assertEquals("&#x27;&#47;", SnippetHtml.safe("&#x27;&#47;"));
        assertEquals("", SnippetHtml.safe(null));
    }
}
