/** PlanTrace: plan authoring and traceability for territorial spatial plans. */
package org.plantrace;
