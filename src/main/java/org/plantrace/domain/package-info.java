/**
 * The plan as the planning bureau speaks of it: plans, their versions and the clause tree.
 * No framework imports here: infrastructure.persistence maps these classes to its own entities.
 */
package org.plantrace.domain;
