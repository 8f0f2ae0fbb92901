import { expect } from '@open-wc/testing';
import { bidenXi } from '../../src/data/biden-xi.js';
import { bidenXiStory } from '../../src/data/biden-xi-story.js';
import { validateData } from '../../src/data/validate.js';

const LEADER_IDS = [
  'call-2021-02',
  'call-2021-09',
  'virtual-2021-11',
  'video-2022-03',
  'call-2022-07',
  'bali-2022',
  'filoli-2023',
];

/** The built-in events as the element reads them, by id: their starts are instants to compare. */
const events = new Map(validateData(bidenXi).events.map((e) => [e.id, e]));

describe('bidenXiStory', () => {
  it('bidenXiStory has 10 to 14 steps', () => {
    expect(bidenXiStory.length).to.be.within(10, 14);
  });

  it('bidenXiStory steps each name an event of the built-in data', () => {
    for (const step of bidenXiStory) expect(events.has(step.event), step.event).to.equal(true);
  });

  it('bidenXiStory steps are in time order', () => {
    const starts = bidenXiStory.map((step) => events.get(step.event)!.start.ms);
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i], `${bidenXiStory[i].event} after ${bidenXiStory[i - 1].event}`).to.be.at.least(starts[i - 1]);
    }
  });

  it('bidenXiStory captions are one or two short sentences', () => {
    for (const { event, caption } of bidenXiStory) {
      expect(caption.trim(), event).to.not.be.empty;
      expect(caption.length, `${event}: ${caption}`).to.be.below(220);
      expect(caption.match(/[.!?](?=\s|$)/g)?.length ?? 0, `${event}: ${caption}`).to.be.within(1, 2);
    }
  });

  it('bidenXiStory runs from the first call to Filoli and shows all seven leader interactions', () => {
    const ids = bidenXiStory.map((step) => step.event);
    expect(ids[0]).to.equal('call-2021-02');
    expect(ids.at(-1)).to.equal('filoli-2023');
    expect(ids).to.include.members(LEADER_IDS);
  });
});
