/**
 * The geometry rule catalogue: each rule has a stable id (SP001…), a severity and a fixture in the
 * tests. A rule that cannot run because a reference layer is missing says so (SP008): "no data" is
 * never reported as "consistent".
 */
package org.plantrace.spatial.validation;
