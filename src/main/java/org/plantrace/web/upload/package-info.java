/**
 * Uploading a new whole text ({@code /upload.xhtml}): the multipart form, the size limit with a
 * clear message, the progress shown by upload-progress.js polling {@code /upload/status?job=…}
 * (JSON), the diff preview, and confirm or cancel. The work itself is
 * {@link org.plantrace.application.upload.UploadService}.
 */
package org.plantrace.web.upload;
