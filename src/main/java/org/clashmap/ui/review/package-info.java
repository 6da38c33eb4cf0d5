/**
 * Checking what the machine extracted: the source pane (the report's Arabic text with the event's
 * sentence and mentions marked), the event table, the edit dialog and review actions
 * ({@link org.clashmap.ui.review.ReviewController}), incident merge and split
 * ({@link org.clashmap.ui.review.IncidentActions}).
 */
package org.clashmap.ui.review;
