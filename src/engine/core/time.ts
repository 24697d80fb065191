// Named durations, so settings read as `5 * MINUTE` rather than bare milliseconds.
export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

// Lookups on ascending arrays of times (d3-array's bisector), beside the units they count in.
export {
  compareTimes,
  countAtOrBefore,
  countBefore,
  lastAtOrBefore,
  lastBefore,
  nextAfter,
} from './sorted';
