/** Tests of PlanTrace on PostgreSQL (issue #16): the same persistence unit, selected by configuration. */
package org.plantrace.infrastructure.postgres;
