/**
 * Clauses: the addressable units of a plan text (章 › 节 › 条 › 款/项), their two identifiers
 * (readable path id, durable id) and the mandatory (强制性内容) flag with its provenance.
 */
package org.plantrace.domain.clause;
