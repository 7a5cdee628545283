/**
 * Gazetteer-driven entity linking: which places, waters, protected areas, heritage sites, roads,
 * facility types, control lines and zones each clause names, with the span of the name.
 *
 * <p>Owns the gazetteer model ({@link org.plantrace.extract.entity.Entity}, read from
 * {@code corpus/<plan>/gazetteer.tsv} by {@link org.plantrace.extract.entity.GazetteerFormat}; the
 * data is never in code), the linker ({@link org.plantrace.extract.entity.EntityLinker}: a trie over
 * every spelling, leftmost-longest without overlaps, short forms only in enumerations, see
 * {@link org.plantrace.extract.entity.ListContext}), the JSON rows for {@code parse}
 * ({@link org.plantrace.extract.entity.ClauseEntities}) and the entity lint rules:
 *
 * <table>
 * <caption>Entity lint catalogue</caption>
 * <tr><th>id</th><th>severity</th><th>finds</th></tr>
 * <tr><td>ENT001</td><td>warning (typo, inconsistent form) / info (suspected variant)</td>
 * <td>a name written as a variant the gazetteer marks typo / inconsistent / suspected: 东方城乡 for
 * 东坊城乡, 青磁窑乡 beside 青磁窑镇, 迎宾路 beside 迎宾街. Pinned to the clause and span.</td></tr>
 * <tr><td>ENT002</td><td>warning (info when the gazetteer has no townships)</td>
 * <td>a stated count "N个镇、M个乡" that differs from the distinct 镇 and 乡 the plan names anywhere
 * (Hunyuan: says 6 + 10, names 7 + 11).</td></tr>
 * </table>
 *
 * <p>Framework-free: JDK and {@code domain} only.
 */
package org.plantrace.extract.entity;
