// How the lab writes a count: en-US grouping everywhere ("1,174"), so no panel says "1174" beside
// another panel's "1,174". For quantities (orders, rows, windows, log offsets); ids and seeds are
// names and stay as they are ("#1174").
import { format } from 'd3-format';

const grouped = format(',');

/** "1,174"; a fraction keeps its digits ("1,174.5"). */
export function formatCount(n: number): string {
  return grouped(n);
}

/** A count and its noun: "1 order", "1,174 orders", "3 windows" (`many` for irregular plurals). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}
