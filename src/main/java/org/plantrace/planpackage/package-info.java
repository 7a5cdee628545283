/**
 * Plan packages: everything that belongs to one plan, kept in that plan's folder — its document,
 * {@code plan.properties} (code, document, and {@code parent=} the code of the plan that transmits
 * to it), {@code gazetteer.tsv}, {@code layers/*.geojson} and {@code SOURCE.md}. {@link
 * org.plantrace.planpackage.PlanPackages} finds every package under the corpus folder and the data
 * folder's {@code plans/}; every component that needs a gazetteer or layers asks it for the package
 * of the plan it works on, by plan code. A package with a parent inherits the parent's gazetteer
 * and layers, its own entries and layers first. {@link org.plantrace.planpackage.PackageWriter}
 * writes the package of a plan brought in later. Depends on ingest (the refusal type),
 * extract.entity and spatial only.
 */
package org.plantrace.planpackage;
