/**
 * Incidents across reports (docs/decisions/021-incidents-across-reports.md): which mentions (events
 * of different reports) describe the same incident ({@link org.clashmap.incidents.IncidentLinker},
 * rules and thresholds in {@code src/main/resources/incidents/linking.tsv}), an incident's dead as
 * low / best / high ({@link org.clashmap.incidents.Tolls}), and near-duplicate report texts
 * ({@link org.clashmap.incidents.Fingerprint}). A pure library like {@code extract}: records in,
 * decisions out; the store calls it inside its ingest transaction.
 */
package org.clashmap.incidents;
