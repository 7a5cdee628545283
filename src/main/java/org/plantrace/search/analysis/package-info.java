/**
 * Text analysis for clause search: the planning vocabulary (a dictionary of planning terms and the
 * synonyms the public uses, both kept as data under {@code corpus/search/}), the tokenizer that finds
 * dictionary terms, and the three analyses compared on the judged queries: plain bigrams, plain
 * smartcn, and ours (bigrams for recall plus whole planning terms and synonyms for precision).
 * Internal to {@code org.plantrace.search}.
 */
package org.plantrace.search.analysis;
