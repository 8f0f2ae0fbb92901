// The bench's synthetic events: the same seeded list for every library and size.
// Two years (2023-01-01 to 2025-01-01 UTC), kinds in-person/video/phone/visit/incident, about one in ten
// with an end (1 hour to 5 days later), titles like "Event 1234 — talks". About a third of the events
// cluster around 24 busy days (summit weeks), the rest are spread evenly, so there are dense stretches.
// The list is not sorted by time: the libraries sort it themselves. Prefix-stable: the first 100 events of
// the 1,000-event list are the 100-event list.

/** mulberry32: a tiny seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const KINDS = ['in-person', 'video', 'phone', 'visit', 'incident'];
const TOPICS = [
  'talks',
  'call',
  'summit',
  'visit',
  'briefing',
  'dialogue',
  'meeting',
  'statement',
  'review',
  'incident',
];
export const START = Date.UTC(2023, 0, 1);
export const END = Date.UTC(2025, 0, 1);
export const DEFAULT_SEED = 20231115;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** `n` events `{id, start, end?, title, kind}`, dates as ISO 8601 strings (as JSON would give them). */
export function makeEvents(n, seed = DEFAULT_SEED) {
  const rand = mulberry32(seed);
  const span = END - START;
  const hotspots = Array.from({ length: 24 }, () => START + 3 * DAY + rand() * (span - 6 * DAY));
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    let t;
    if (rand() < 0.35) t = hotspots[Math.floor(rand() * hotspots.length)] + (rand() - 0.5) * 6 * DAY;
    else t = START + rand() * span;
    t = Math.min(END - HOUR, Math.max(START, Math.floor(t / MINUTE) * MINUTE));
    const kind = KINDS[Math.floor(rand() * KINDS.length)];
    const topic = TOPICS[Math.floor(rand() * TOPICS.length)];
    const event = { id: `e${i + 1}`, start: new Date(t).toISOString(), title: `Event ${i + 1} — ${topic}`, kind };
    if (rand() < 0.1) event.end = new Date(Math.min(END, t + (1 + Math.floor(rand() * 120)) * HOUR)).toISOString();
    events[i] = event;
  }
  return events;
}

const WHO = ['The delegations', 'Both sides', 'The envoys', 'Senior officials', 'The ministers', 'Working groups'];
const DID = ['discuss', 'review', 'agree on', 'set out positions on', 'exchange views on', 'take stock of'];
const WHAT = [
  'trade and tariffs',
  'export controls',
  'climate finance',
  'military communication',
  'fentanyl precursors',
  'student visas',
  'AI safety',
  'debt relief',
  'journalist access',
  'maritime incidents',
];
const THEN = ['and agree to meet again', 'and issue a short statement', 'but settle nothing', 'ahead of the summit'];
const PLACES = [
  ['Filoli', 'Woodside', 'United States'],
  ['Apurva Kempinski', 'Nusa Dua', 'Indonesia'],
  ['Diaoyutai State Guesthouse', 'Beijing', 'China'],
  ['Palais des Nations', 'Geneva', 'Switzerland'],
  ['Treasury', 'Washington', 'United States'],
  ['Shangri-La Hotel', 'Singapore', 'Singapore'],
];

/**
 * The parse measurement's file: the first `n` events of makeEvents(n, seed) (same ids, times, kinds and
 * titles) as a document in our JSON format, written the way the README writes dates (to the minute, in UTC:
 * `2023-11-15T19:00Z`), about one event in sixteen with a summary and one in sixteen with a place (a name, or
 * `{name, city, country}`), from a PRNG stream of their own. 100,000 events make about 10 MB of JSON.
 */
export function makeDocument(n, seed = DEFAULT_SEED) {
  const rand = mulberry32(seed ^ 0x5eed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const minute = (iso) => iso.replace(':00.000Z', 'Z');
  const events = makeEvents(n, seed).map(({ id, start, end, title, kind }) => {
    const event = { id, start: minute(start) };
    if (end) event.end = minute(end);
    event.title = title;
    if (rand() < 0.0625) event.summary = `${pick(WHO)} ${pick(DID)} ${pick(WHAT)} ${pick(THEN)}.`;
    event.kind = kind;
    if (rand() < 0.0625) {
      const [name, city, country] = pick(PLACES);
      event.place = rand() < 0.5 ? `${city}, ${country}` : { name, city, country };
    }
    return event;
  });
  return {
    title: `Bench: ${n.toLocaleString('en-US')} events`,
    description: 'Synthetic meetings, calls and visits over two years, for the parse measurement.',
    events,
  };
}
