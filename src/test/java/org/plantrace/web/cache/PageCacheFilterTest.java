package org.plantrace.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.plantrace.web.i18n.LocaleChoice;

/**
 * The filter over a fake container: what is kept, what is served from it, what is never kept, and
 * what makes the kept pages old. {@link #renders} counts how often the page behind it really ran.
 */
class PageCacheFilterTest {
    private final PageCache cache = new PageCache(100, 1 << 20, Duration.ofSeconds(60));
    private final PageCacheFilter filter = new PageCacheFilter();
    private final AtomicInteger renders = new AtomicInteger();
    /** What the page behind the filter does; by default a Chinese page numbered by its rendering. */
    private FilterChain page = (req, res) -> {
        int n = renders.incrementAndGet();
        res.setContentType("text/html;charset=UTF-8");
        res.getWriter().write("<p>第 " + n + " 次渲染</p>");
    };

    PageCacheFilterTest() {
        filter.use(cache, List.of("/", "/clause/*", "/search"));
    }

    private FakeHttp.Response get(FakeHttp.Request request) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        HttpServletResponse servlet = response.servlet();
        // what SecurityHeadersFilter, mapped before, has set already
        servlet.setHeader("Content-Security-Policy", "default-src 'self'");
        filter.doFilter(request.servlet(), servlet, page);
        return response;
    }

    private FakeHttp.Response get(String uri) throws Exception {
        return get(new FakeHttp.Request("GET", uri));
    }

    @Test
    void anAnonymousReaderGetsTheKeptPageWithItsHeaders() throws Exception {
        FakeHttp.Response first = get("/clause/abc");
        FakeHttp.Response second = get("/clause/abc");
        assertEquals(1, renders.get(), "rendered once");
        assertEquals(200, second.status);
        assertEquals("<p>第 1 次渲染</p>", second.text());
        assertEquals("text/html;charset=UTF-8", second.contentType);
        assertEquals("miss", first.header(PageCacheFilter.HIT_HEADER));
        assertEquals("hit", second.header(PageCacheFilter.HIT_HEADER));
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertTrue(second.header("ETag").matches("\"[A-Za-z0-9_-]{22}\""), second.header("ETag"));
        assertNotNull(second.header("Last-Modified"));
        assertEquals("no-cache", second.header("Cache-Control"));
        assertEquals("Cookie", second.header("Vary"));
        assertEquals("default-src 'self'", second.header("Content-Security-Policy"), "the security headers stay");
        get("/clause/other");
        assertEquals(2, renders.get(), "another address is another page");
    }

    @Test
    void aConditionalRequestWithTheSameEtagOrAnUnchangedDateGets304() throws Exception {
        String etag = get("/").header("ETag");
        FakeHttp.Request again = new FakeHttp.Request("GET", "/");
        again.headers.put("If-None-Match", "\"other\", " + etag);
        FakeHttp.Response notModified = get(again);
        assertEquals(304, notModified.status);
        assertEquals("", notModified.text());
        assertEquals(etag, notModified.header("ETag"));

        FakeHttp.Request byDate = new FakeHttp.Request("GET", "/");
        byDate.headers.put("If-Modified-Since", get("/").header("Last-Modified"));
        assertEquals(304, get(byDate).status);

        FakeHttp.Request stale = new FakeHttp.Request("GET", "/");
        stale.headers.put("If-None-Match", "\"not-this-one\"");
        FakeHttp.Response full = get(stale);
        assertEquals(200, full.status);
        assertEquals("<p>第 1 次渲染</p>", full.text());
    }

    @Test
    void aSignedInReaderIsNeverServedNorStoredFromTheCache() throws Exception {
        get("/"); // kept for the public
        FakeHttp.Request signedIn = new FakeHttp.Request("GET", "/");
        signedIn.session = true;
        FakeHttp.Response theirs = get(signedIn);
        assertEquals("<p>第 2 次渲染</p>", theirs.text(), "their own page, rendered for them");
        assertNull(theirs.header("ETag"));
        assertNull(theirs.header(PageCacheFilter.HIT_HEADER));
        assertEquals("<p>第 1 次渲染</p>", get("/").text(), "and the public's kept page is unchanged");
    }

    @Test
    void errorsRedirectsCookiesAndNewSessionsAreNotKept() throws Exception {
        page = (req, res) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) res).sendError(404);
        };
        assertEquals(404, get("/clause/none").status);
        assertEquals(404, get("/clause/none").status);
        assertEquals(2, renders.get(), "a 404 is not kept");

        page = (req, res) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) res).setStatus(500);
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write("出错了");
        };
        FakeHttp.Response failed = get("/search?q=x");
        assertEquals(500, failed.status);
        assertEquals("出错了", failed.text(), "the error page is sent as written");
        get("/search?q=x");
        assertEquals(4, renders.get(), "a 500 is not kept");

        page = (req, res) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) res).addCookie(new Cookie("x", "y"));
            res.setContentType("text/html");
            res.getWriter().write("mine");
        };
        get("/");
        get("/");
        assertEquals(6, renders.get(), "a page that sets a cookie is someone's own");

        page = (req, res) -> {
            renders.incrementAndGet();
            ((HttpServletRequest) req).getSession(true);
            res.setContentType("text/html");
            res.getWriter().write("a form");
        };
        get("/");
        get("/");
        assertEquals(8, renders.get(), "a page that needed a session is someone's own");
    }

    @Test
    void aPostStartsANewGeneration() throws Exception {
        get("/");
        assertEquals(1, renders.get());
        FakeHttp.Response posted = new FakeHttp.Response();
        filter.doFilter(new FakeHttp.Request("POST", "/plans/x/2").servlet(), posted.servlet(), (req, res) -> { });
        assertEquals("<p>第 2 次渲染</p>", get("/").text(), "after a publication (a POST) the page is rendered anew");
        // the reader who follows a POST's redirect must not get the page kept before the change:
        // the kept pages go before the redirect leaves, not only when the POST is done
        get("/");
        FakeHttp.Response redirected = new FakeHttp.Response();
        AtomicInteger keptWhenRedirected = new AtomicInteger(-1);
        filter.doFilter(new FakeHttp.Request("POST", "/plans/x/2").servlet(), redirected.servlet(), (req, res) -> {
            ((HttpServletResponse) res).sendRedirect("/plans/x?done=published");
            keptWhenRedirected.set(cache.size());
        });
        assertEquals(0, keptWhenRedirected.get());
        assertEquals("<p>第 3 次渲染</p>", get("/").text());
        get(new FakeHttp.Request("HEAD", "/"));
        assertEquals("<p>第 3 次渲染</p>", get("/").text(), "a HEAD changes nothing");
    }

    @Test
    void aPageRenderedWhileAVersionWasPublishedIsSentButNotKept() throws Exception {
        page = (req, res) -> {
            renders.incrementAndGet();
            res.setContentType("text/html");
            res.getWriter().write("old text");
            cache.invalidate(); // the version listeners hear of a publication meanwhile
        };
        assertEquals("old text", get("/").text());
        assertEquals(0, cache.size());
    }

    @Test
    void eachLanguageHasItsOwnPage() throws Exception {
        page = (req, res) -> {
            renders.incrementAndGet();
            res.setContentType("text/html");
            res.getWriter().write(LocaleChoice.tag(LocaleChoice.of((HttpServletRequest) req)));
        };
        FakeHttp.Request english = new FakeHttp.Request("GET", "/");
        english.cookies.add(new Cookie(LocaleChoice.COOKIE, "en"));
        assertEquals("zh", get("/").text());
        assertEquals("en", get(english).text());
        assertEquals("zh", get("/").text());
        FakeHttp.Request englishAgain = new FakeHttp.Request("GET", "/");
        englishAgain.cookies.add(new Cookie(LocaleChoice.COOKIE, "en"));
        assertEquals("en", get(englishAgain).text());
        assertEquals(2, renders.get());
    }

    @Test
    void aCacheMadeToKeepNothingLeavesEveryResponseAlone() throws Exception {
        filter.use(new PageCache(0, 1 << 20, Duration.ofSeconds(60)), List.of("/"));
        FakeHttp.Response first = get("/");
        FakeHttp.Response second = get("/");
        assertEquals("<p>第 2 次渲染</p>", second.text());
        assertNull(first.header("ETag"), "not held back, not digested");
        assertNull(second.header(PageCacheFilter.HIT_HEADER));
    }

    @Test
    void onlyTheNamedAddressesAreKept() throws Exception {
        get("/plans/x");
        get("/plans/x");
        get("/clause");
        get("/clause");
        assertEquals(4, renders.get());
        assertEquals(0, cache.size());
        get("/search?q=a");
        get("/search?q=a");
        assertEquals(5, renders.get());
    }
}
