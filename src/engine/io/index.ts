// Events in and out of the lab: files a user can replay into Kafka, and files a user brings;
// the event schema (topic, fields) and ISO times they share with the code export.
export {
  eventsToCsv,
  eventsToJsonl,
  resultsToCsv,
  resultsToJsonl,
  RESULT_FIELDS,
} from './serialize';
export {
  createEventImport,
  importEvents,
  DEFAULT_LIMITS,
  type EventImport,
  type ImportFormat,
  type ImportIssue,
  type ImportLimits,
  type ImportResult,
} from './parse';
export { clockSkew, type ClockSkew } from './skew';
// The event schema and the ISO times that the import, the export and the code export share.
export { BOOTSTRAP, EVENT_FIELDS, TOPIC } from './schema';
export { isoFromMs, msFromIso } from './isoTime';
