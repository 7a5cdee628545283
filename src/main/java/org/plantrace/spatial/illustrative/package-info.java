/**
 * The illustrative Hunyuan layer set in the shipped package's {@code layers/}: shapes invented inside the
 * real county outline and calibrated to the plan's stated areas. It is NOT official data (the
 * official layers are not public); every file says so in its metadata. {@link
 * org.plantrace.spatial.illustrative.LayerGenerator} regenerates it byte for byte.
 */
package org.plantrace.spatial.illustrative;
