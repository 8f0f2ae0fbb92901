// The user-timing marks around each first render (harness.js sets them; bench/trace.mjs finds them in a trace).
export const MARKS = { start: 'mt-bench:first-render:start', end: 'mt-bench:first-render:end' };
