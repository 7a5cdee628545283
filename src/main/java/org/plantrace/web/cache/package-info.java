/**
 * Whole rendered reading pages kept for the public (issue #15, load): the home page, a clause, a
 * search result page and a checklist page of a published plan are the same for every anonymous
 * reader until something is stored, so the second reader gets the bytes the first one's rendering
 * produced instead of another Facelets render. {@link org.plantrace.web.cache.PageCache} keeps them
 * (bounded, one generation at a time); {@link org.plantrace.web.cache.PageCacheFilter} decides
 * what may be kept and answers conditional requests (ETag, Last-Modified, 304);
 * {@link org.plantrace.web.cache.ReadingPages} starts a new generation whenever a version is
 * stored or changed, here or (on a shared PostgreSQL) on another node.
 */
package org.plantrace.web.cache;
