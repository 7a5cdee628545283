package org.plantrace.application.chain;

import org.plantrace.domain.plan.Plan;
import org.plantrace.extract.entity.Gazetteer;

/**
 * The gazetteer of a parent plan: the townships a lower plan may cover and their spellings. The
 * caller decides where it comes from (the plan's package under corpus/, or one file for all).
 */
@FunctionalInterface
public interface ParentGazetteers {
    Gazetteer of(Plan parent);
}
