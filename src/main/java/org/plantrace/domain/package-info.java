/**
 * The plan as the planning bureau speaks of it: plans, their versions and the clause tree.
 * No framework imports here: persistence maps these classes from the outside (orm.xml).
 */
package org.plantrace.domain;
