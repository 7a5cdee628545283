/**
 * Infrastructure: where PlanTrace keeps its data on disk ({@link org.plantrace.infrastructure.DataDirectory})
 * and, in sub-packages, the adapters behind the domain's repository interfaces.
 */
package org.plantrace.infrastructure;
