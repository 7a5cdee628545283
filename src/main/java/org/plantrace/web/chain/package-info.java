/**
 * The plan chain on the web: the home page's tree of plans by level ({@link org.plantrace.web.chain.PlanTree}),
 * the parent plan and township a lower plan's pages show ({@link org.plantrace.web.chain.PlanLineages}),
 * and 上传下级规划 ({@code /lower-upload.xhtml}, {@link org.plantrace.web.chain.LowerUploadPage}) for
 * reviewers and drafters. What a visitor may see follows the version status: a plan with no
 * version the visitor may read is left out of the tree and is a 404.
 */
package org.plantrace.web.chain;
