/**
 * JPA persistence of plans, versions and clause trees (EclipseLink on an embedded H2 file
 * database). The domain stays framework-free: the entities here are separate classes, mapped to
 * and from the domain by {@link org.plantrace.infrastructure.persistence.ClauseRows}; a version's
 * clauses are stored as flat rows in document order, each naming its parent by position, so that a
 * version is written in batches and read back with one query. Accounts are rows of table ACCOUNT
 * ({@link org.plantrace.infrastructure.persistence.JpaAccountRepository}).
 */
package org.plantrace.infrastructure.persistence;
