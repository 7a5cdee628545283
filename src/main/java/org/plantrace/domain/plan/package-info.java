/** Plans (county, township, detailed-plan unit) and their versions (draft, published). */
package org.plantrace.domain.plan;
