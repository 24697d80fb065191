// Events in and out of the lab: files a user can replay into Kafka, and files a user brings.
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
