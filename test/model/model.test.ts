import { expect } from '@open-wc/testing';
import { buildModel, buildModelInSlices, emptyModel, type TimelineModel } from '../../src/model/model.js';
import { indexLane } from '../../src/layout/level-of-detail.js';
import { validateData } from '../../src/data/validate.js';
import type { TimelineDataInput, TimelineEventInput } from '../../src/types.js';

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** Validated data of these events (dates are calendar days, placed at UTC midnight). */
const data = (input: TimelineEventInput[] | TimelineDataInput) => validateData(input);

const story: TimelineDataInput = {
  title: 'Two leaders',
  description: 'Calls and meetings',
  view: { start: '2022-11-01', end: '2022-12-31' },
  eras: [{ start: '2022-01-01', end: '2022-06-30', title: 'Before' }],
  events: [
    { id: 'filoli', start: '2023-11-15', title: 'Filoli', kind: 'in-person' },
    { id: 'call', start: '2022-07-28', title: 'A call', kind: 'video' },
    { id: 'bali', start: '2022-11-14', title: 'Bali', kind: 'in-person' },
    { id: 'talk', start: '2023-04-02', end: '2024-02-10', title: 'Talks', kind: 'phone' },
    { id: 'fair', start: '2023-01-05', title: 'A fair', kind: 'summit' },
    { start: 'not a date', title: 'Skipped' },
  ],
};

/** Every field of a model a test can compare with deep equality (its two methods left out). */
function fields(model: TimelineModel): Record<string, unknown> {
  return Object.fromEntries(Object.entries(model).filter(([, value]) => typeof value !== 'function'));
}

describe('buildModel', () => {
  it('buildModel(data) keeps the events in start order, with the title, description, eras, view and errors', () => {
    const model = buildModel(data(story));
    expect(model.events.map((e) => e.id)).to.deep.equal(['call', 'bali', 'fair', 'talk', 'filoli']);
    expect(model.title).to.equal('Two leaders');
    expect(model.description).to.equal('Calls and meetings');
    expect(model.eras.map((e) => e.title)).to.deep.equal(['Before']);
    expect(model.view).to.deep.equal([utc(2022, 11, 1), utc(2023, 1, 1)]);
    expect(model.errors.map((e) => e.path)).to.deep.equal(['events[5].start']);
  });

  it('buildModel(data).exact says whether an event starts at an exact moment: an offset, Z or a Date', () => {
    const at = (start: string | Date) =>
      buildModel(
        data([
          { start, title: 'One' },
          { start: '2023-01-05', title: 'Two' },
        ]),
      );
    expect(at('2023-11-15T11:20-08:00').exact).to.equal(true);
    expect(at('2023-11-15T19:20Z').exact).to.equal(true);
    expect(at(new Date(Date.UTC(2023, 10, 15, 19, 20))).exact).to.equal(true);
    // Dates and wall-clock times are in no zone.
    expect(at('2023-11-15T11:20').exact).to.equal(false);
    expect(at('2023-11-15').exact).to.equal(false);
    expect(buildModel(data(story)).exact).to.equal(false);
  });

  it('buildModel(data).zone is the venue zone when every event naming one names it and every exact time names one', () => {
    const zone = (events: TimelineEventInput[]) => buildModel(data(events)).zone;
    const ny = (start: string, title: string): TimelineEventInput => ({ start, title, timeZone: 'America/New_York' });
    // An election night in New York: every time names the zone.
    expect(zone([ny('2024-11-05T18:00-05:00', 'Polls close'), ny('2024-11-06T02:30Z', 'Called')])).to.equal(
      'America/New_York',
    );
    // Dates and wall-clock times need not name it.
    expect(zone([ny('2024-11-05T18:00-05:00', 'Polls close'), { start: '2024-11-04', title: 'Eve' }])).to.equal(
      'America/New_York',
    );
    // Two zones, or an exact time (an offset, Z or a Date) naming none: no one clock.
    expect(
      zone([
        ny('2024-11-05T18:00-05:00', 'East'),
        { ...ny('2024-11-05T19:00-08:00', 'West'), timeZone: 'America/Los_Angeles' },
      ]),
    ).to.equal(undefined);
    expect(zone([ny('2024-11-05T18:00-05:00', 'East'), { start: '2024-11-05T23:30Z', title: 'No zone' }])).to.equal(
      undefined,
    );
    expect(zone([{ start: '2024-11-05T23:30Z', title: 'No zone' }, ny('2024-11-05T18:00-05:00', 'East')])).to.equal(
      undefined,
    );
    expect(
      zone([ny('2024-11-05T18:00-05:00', 'East'), { start: new Date(Date.UTC(2024, 10, 6)), title: 'A Date' }]),
    ).to.equal(undefined);
    expect(zone([{ start: '2024-11-05T18:00', title: 'Wall clock' }])).to.equal(undefined);
    expect(buildModel(data(story)).zone).to.equal(undefined);
  });

  it('buildModel(data).zone is the offset every exact time is written at, when none names a zone', () => {
    const zone = (...starts: (string | Date)[]) =>
      buildModel(data(starts.map((start) => ({ start, title: 'T' })))).zone;
    // A conference written at +02:00: the axis tells its hours at that offset (ECMAScript's offset zones).
    expect(zone('2025-06-12T09:00+02:00', '2025-06-12T16:20+02:00', '2025-06-11')).to.equal('+02:00');
    expect(zone('2024-11-05T18:00-05:00', '2024-11-05T20:00-05:00')).to.equal('-05:00');
    // Half an hour (India), three quarters (Nepal), west of UTC too.
    expect(zone('2025-06-12T09:00+05:30', '2025-06-12T10:00+05:30')).to.equal('+05:30');
    expect(zone('2025-06-12T09:00+05:45')).to.equal('+05:45');
    expect(zone('2025-06-12T09:00-03:30', '2025-06-13')).to.equal('-03:30');
    expect(zone('2025-06-12T09:00+12:45')).to.equal('+12:45');
    // UTC itself stays UTC; offsets that differ, or a Date: no one clock.
    expect(zone('2024-11-05T18:00Z', '2024-11-05T20:00+00:00')).to.equal(undefined);
    expect(zone('2025-03-29T09:00+01:00', '2025-03-31T09:00+02:00')).to.equal(undefined);
    expect(zone('2025-06-12T09:00+02:00', new Date(Date.UTC(2025, 5, 12, 9)))).to.equal(undefined);
    expect(zone(new Date(Date.UTC(2025, 5, 12, 9)), '2025-06-12T09:00+02:00')).to.equal(undefined);
    expect(zone('2025-06-12T09:00+05:30', '2025-06-12T10:00+05:00')).to.equal(undefined);
    // An event that names a zone decides as before.
    expect(
      buildModel(
        data([
          { start: '2025-06-12T09:00+02:00', title: 'Berlin', timeZone: 'Europe/Berlin' },
          { start: '2025-06-12T10:00+02:00', title: 'Offset' },
        ]),
      ).zone,
    ).to.equal(undefined);
  });

  it('buildModel(data) lanes by kind: the built-in kinds in their order, then others as they appear', () => {
    const model = buildModel(data(story));
    expect(model.lanes.map((l) => [l.key, l.events.map((e) => e.id)])).to.deep.equal([
      ['in-person', ['bali', 'filoli']],
      ['video', ['call']],
      ['phone', ['talk']],
      ['summit', ['fair']],
    ]);
  });

  it('buildModel(data) indexes each lane: its starts, ends and running maximum of ends', () => {
    const model = buildModel(data(story));
    for (const lane of model.lanes) expect(lane.index).to.deep.equal(indexLane(lane.events));
    const phone = model.lanes.find((l) => l.key === 'phone')!;
    expect([...phone.index.starts]).to.deep.equal([utc(2023, 4, 2)]);
    expect([...phone.index.ends]).to.deep.equal([utc(2024, 2, 11)]);
  });

  it('buildModel(data).startIndex holds every event’s start, in the events’ order', () => {
    const model = buildModel(data(story));
    expect([...model.startIndex.starts]).to.deep.equal(model.events.map((e) => e.start.ms));
    expect(model.startIndex.maxEnd[model.events.length - 1]).to.equal(utc(2024, 2, 11));
  });

  it('buildModel(data).extent spans the events and the eras, to the end of the last day', () => {
    expect(buildModel(data(story)).extent).to.deep.equal([utc(2022, 1, 1), utc(2024, 2, 11)]);
    const noEras = buildModel(data([{ start: '2023-05-10', title: 'One' }]));
    expect(noEras.extent).to.deep.equal([utc(2023, 5, 10), utc(2023, 5, 10) + DAY]);
  });

  it('buildModel(data).extent reaches the end of the latest end, wherever its event starts', () => {
    const model = buildModel(
      data([
        { start: '2023-03-01', end: '2023-09-30', title: 'Long' },
        { start: '2023-05-10', title: 'Later, shorter' },
        { start: '2023', title: 'A year', kind: 'video' },
      ]),
    );
    // The year "2023" starts first and ends last: all of it is covered.
    expect(model.extent).to.deep.equal([utc(2023, 1, 1), utc(2024, 1, 1)]);
    const ends = buildModel(
      data([
        { start: '2023-03-01', end: '2023-09-30', title: 'Long' },
        { start: '2023-05-10', title: 'B' },
      ]),
    );
    expect(ends.extent).to.deep.equal([utc(2023, 3, 1), utc(2023, 10, 1)]);
  });

  it('buildModel(data) with no events has no extent, or the eras’ own', () => {
    expect(buildModel(data([])).extent).to.equal(undefined);
    expect(
      buildModel(data({ events: [], eras: [{ start: '2022-01-01', end: '2022-06-30', title: 'E' }] })).extent,
    ).to.deep.equal([utc(2022, 1, 1), utc(2022, 7, 1)]);
  });

  it('buildModel(data).spans find their events, the earlier one first', () => {
    const model = buildModel(data({ ...story, spans: [{ from: 'filoli', to: 'bali', headline: true }] }));
    expect(model.spans).to.have.length(1);
    expect(model.spans[0].from.id).to.equal('bali');
    expect(model.spans[0].to.id).to.equal('filoli');
    expect(model.spans[0].headline).to.equal(true);
    expect(buildModel(data(story)).spans).to.deep.equal([]);
  });

  it('buildModel(data).kinds lists the kinds in the data, built-in ones in their order first', () => {
    const model = buildModel(
      data([
        { start: '2023-05-10', title: 'A', kind: 'summit' },
        { start: '2023-05-11', title: 'B', kind: 'phone' },
        { start: '2023-05-12', title: 'C', kind: 'in-person' },
      ]),
    );
    expect([...model.kinds.keys()]).to.deep.equal(['in-person', 'phone', 'summit']);
    expect(model.kinds.get('summit')!.style).to.equal('x0');
  });

  it('buildModel(data).byId(id) finds an event by its id, and nothing for an unknown id', () => {
    const model = buildModel(data(story));
    expect(model.byId('bali')).to.equal(model.events[1]);
    expect(model.byId('filoli')!.title).to.equal('Filoli');
    expect(model.byId('nowhere')).to.equal(undefined);
    expect(model.byId('')).to.equal(undefined);
  });

  it('buildModel(data).byId(id) finds nothing of Object.prototype: constructor, __proto__, toString', () => {
    const model = buildModel(data(story));
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(model.byId(id), id).to.equal(undefined);
  });

  it('buildModel(data).byId(id) finds events whose ids are constructor, __proto__ and toString', () => {
    const model = buildModel(
      data([
        { id: 'constructor', start: '2023-01-01', title: 'C' },
        { id: '__proto__', start: '2023-01-02', title: 'P' },
        { id: 'toString', start: '2023-01-03', title: 'T' },
      ]),
    );
    expect(model.byId('constructor')!.title).to.equal('C');
    expect(model.byId('__proto__')!.title).to.equal('P');
    expect(model.byId('toString')!.title).to.equal('T');
    expect(model.byId('valueOf')).to.equal(undefined);
  });

  it('buildModel(data).positionOf(event) is the event’s index in time order', () => {
    const model = buildModel(data(story));
    for (const [i, event] of model.events.entries()) expect(model.positionOf(event)).to.equal(i);
  });

  it('buildModel(data).positionOf(event) tells apart events that start at the same time', () => {
    const model = buildModel(
      data(Array.from({ length: 6 }, (_, i) => ({ id: `same${i}`, start: '2023-03-03', title: `Same ${i}` }))),
    );
    for (const [i, event] of model.events.entries()) expect(model.positionOf(event)).to.equal(i);
  });

  it('buildModel(data).positionOf(event) is 0 for an event the model does not hold (an equal copy too)', () => {
    const model = buildModel(data(story));
    const other = buildModel(data(story));
    expect(model.positionOf(other.events[3])).to.equal(0);
    expect(model.positionOf({ ...model.events[3] })).to.equal(0);
  });

  it('buildModel(data) is frozen', () => {
    const model = buildModel(data(story));
    expect(Object.isFrozen(model)).to.equal(true);
    expect(() => {
      (model as { title?: string }).title = 'changed';
    }).to.throw(TypeError);
    expect(model.title).to.equal('Two leaders');
  });

  it('buildModel(data) of no events has no lanes, no extent and no spans', () => {
    const model = buildModel(data([]));
    expect(model.events).to.deep.equal([]);
    expect(model.lanes).to.deep.equal([]);
    expect(model.extent).to.equal(undefined);
    expect(model.spans).to.deep.equal([]);
    expect(model.startIndex.starts.length).to.equal(0);
  });

  it('buildModel(data) with eras and no events spans the eras', () => {
    const model = buildModel(data({ events: [], eras: [{ start: '2020-01-01', end: '2020-12-31', title: 'E' }] }));
    expect(model.extent).to.deep.equal([utc(2020, 1, 1), utc(2021, 1, 1)]);
  });
});

describe('buildModelInSlices', () => {
  it('buildModelInSlices(data) equals buildModel(data)', async () => {
    const validated = data(story);
    const sliced = await buildModelInSlices(validated);
    const whole = buildModel(validated);
    expect(Object.keys(fields(whole))).to.include.members([
      'events',
      'lanes',
      'startIndex',
      'extent',
      'spans',
      'kinds',
    ]);
    expect(fields(sliced)).to.deep.equal(fields(whole));
    expect(Object.isFrozen(sliced)).to.equal(true);
    for (const event of whole.events) {
      expect(sliced.byId(event.id)).to.equal(event);
      expect(sliced.positionOf(event)).to.equal(whole.positionOf(event));
    }
  });

  it('buildModelInSlices(data, pause) pauses between its steps, and builds nothing before the first', async () => {
    const steps: string[] = [];
    const validated = data(
      Array.from({ length: 300 }, (_, i) => ({
        start: `2023-01-01T00:${String(i % 60).padStart(2, '0')}Z`,
        title: `E${i}`,
      })),
    );
    const model = await buildModelInSlices(validated, () => {
      steps.push('pause');
      return Promise.resolve();
    });
    expect(steps).to.deep.equal(['pause', 'pause']);
    expect(fields(model)).to.deep.equal(fields(buildModel(validated)));
  });
});

describe('emptyModel', () => {
  it('emptyModel() holds nothing: no events, lanes, extent, errors; byId finds nothing', () => {
    const model = emptyModel();
    expect(model.events).to.deep.equal([]);
    expect(model.eras).to.deep.equal([]);
    expect(model.lanes).to.deep.equal([]);
    expect(model.errors).to.deep.equal([]);
    expect(model.extent).to.equal(undefined);
    expect(model.title).to.equal(undefined);
    expect(model.byId('constructor')).to.equal(undefined);
    expect(Object.isFrozen(model)).to.equal(true);
  });

  it('emptyModel(errors) keeps the errors (a failed load)', () => {
    const errors = [{ path: 'src', message: '"x.json" could not be loaded: HTTP 404' }];
    expect(emptyModel(errors).errors).to.deep.equal(errors);
  });

  it('emptyModel() is a new model each time', () => {
    expect(emptyModel()).not.to.equal(emptyModel());
  });
});
