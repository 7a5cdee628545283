/**
 * Uploading a new version of a plan's whole text: the file is kept aside, read in the background
 * (progress can be asked for), its durable ids carried over from the plan's newest version and
 * compared with it; only when the drafter confirms the preview is it stored as the draft, through
 * {@link org.plantrace.application.authoring.AuthoringService#storeDraft}. Cancelled, failed or
 * abandoned uploads store nothing.
 */
package org.plantrace.application.upload;
