import { expect } from '@open-wc/testing';
import { assignLanes } from '../../src/layout/lanes.js';
import { KIND_ORDER } from '../../src/model/kinds.js';
import type { TimelineEvent } from '../../src/types.js';

let nextIndex = 0;
/** A validated event with the required fields filled in; `day` is days after 2023-01-01 UTC. */
function event(kind: string, group?: string, day = nextIndex): TimelineEvent {
  const ms = Date.UTC(2023, 0, 1 + day);
  const index = nextIndex++;
  return {
    id: `e${index}`,
    title: `event ${index}`,
    kind,
    ...(group === undefined ? {} : { group }),
    start: { ms, endMs: ms + 86_400_000, precision: 'day' },
    participants: [],
    outcomes: [],
    sources: [],
    index,
  };
}

/** The lanes of `events`, read as the model reads them: each event's kind, group and place in the data. */
const lanesOf = (events: readonly TimelineEvent[]) =>
  assignLanes(
    events.map((e) => e.kind),
    events.map((e) => e.group),
    events.map((e) => e.index),
  );

const summary = (events: readonly TimelineEvent[]) =>
  lanesOf(events).map((lane) => [lane.key, lane.positions.map((at) => events[at].id)]);

describe('assignLanes', () => {
  it('KIND_ORDER lists the built-in kinds in drawing order', () => {
    expect(KIND_ORDER).to.deep.equal(['in-person', 'video', 'phone', 'visit', 'incident']);
  });

  it('assignLanes([]) is empty', () => {
    expect(assignLanes([], [], [])).to.deep.equal([]);
  });

  it('assignLanes(events) without groups orders lanes by KIND_ORDER, then other kinds as they appear', () => {
    const events = [
      event('incident'),
      event('summit'),
      event('phone'),
      event('in-person'),
      event('call'),
      event('phone'),
      event('summit'),
    ];
    const [a, b, c, d, e, f, g] = events.map((x) => x.id);
    expect(summary(events)).to.deep.equal([
      ['in-person', [d]],
      ['phone', [c, f]],
      ['incident', [a]],
      ['summit', [b, g]],
      ['call', [e]],
    ]);
  });

  it('assignLanes(events) drops empty lanes', () => {
    const lanes = lanesOf([event('video'), event('video')]);
    expect(lanes.map((l) => l.key)).to.deep.equal(['video']);
  });

  it('assignLanes(events) with any group lanes by group in order of first appearance, ungrouped last', () => {
    const events = [
      event('video'),
      event('phone', 'Trade'),
      event('video', 'Security'),
      event('phone', 'Trade'),
      event('visit', ''),
    ];
    const [a, b, c, d, e] = events.map((x) => x.id);
    expect(summary(events)).to.deep.equal([
      ['Trade', [b, d]],
      ['Security', [c]],
      ['', [a, e]],
    ]);
  });

  it('assignLanes(events) orders groups and other kinds as the data first names them, not by time', () => {
    // Data written group by group: Trade's rows first, then Security's, whose first event is the earlier.
    const trade = [event('phone', 'Trade', 10), event('phone', 'Trade', 20)];
    const security = [event('video', 'Security', 5), event('video', 'Security', 30)];
    const byTime = [security[0], trade[0], trade[1], security[1]];
    expect(summary(byTime).map(([key]) => key)).to.deep.equal(['Trade', 'Security']);
    // Kinds beyond the built-in ones likewise; built-in kinds keep their order.
    const kinds = [event('summit', undefined, 10), event('call', undefined, 5), event('phone', undefined, 1)];
    expect(summary([kinds[2], kinds[1], kinds[0]]).map(([key]) => key)).to.deep.equal(['phone', 'summit', 'call']);
  });

  it('assignLanes(events) ignores kinds when lanes are by group', () => {
    const events = [event('incident', 'A'), event('in-person', 'A')];
    expect(summary(events)).to.deep.equal([['A', events.map((e) => e.id)]]);
  });

  it('assignLanes(events) treats empty-string groups as no groups', () => {
    const events = [event('video', ''), event('phone', '')];
    expect(summary(events).map(([key]) => key)).to.deep.equal(['video', 'phone']);
  });

  it('assignLanes(events) keeps input order inside a lane and every event exactly once', () => {
    const kinds = ['video', 'phone', 'x', 'in-person', 'y'];
    const events = Array.from({ length: 1000 }, (_, i) => event(kinds[(i * 7) % 5], undefined, i));
    const lanes = lanesOf(events);
    const seen = lanes.flatMap((l) => l.positions);
    expect(seen.length).to.equal(events.length);
    expect(new Set(seen).size).to.equal(events.length);
    for (const lane of lanes) {
      for (let i = 1; i < lane.positions.length; i++) expect(lane.positions[i]).to.be.above(lane.positions[i - 1]);
      for (const at of lane.positions) expect(events[at].kind).to.equal(lane.key);
    }
  });

  it('assignLanes(events) lanes 50,000 events', () => {
    const events = Array.from({ length: 50_000 }, (_, i) =>
      event(KIND_ORDER[i % 5], i % 3 ? `g${i % 4}` : undefined, i),
    );
    const lanes = lanesOf(events);
    expect(lanes.map((l) => l.key)).to.deep.equal(['g1', 'g2', 'g0', 'g3', '']);
    expect(lanes.reduce((n, l) => n + l.positions.length, 0)).to.equal(50_000);
  });
});
