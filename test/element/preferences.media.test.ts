// Themes and emulated media features. Chromium emulates them through the DevTools protocol; Firefox has
// no such command, so the config starts Firefox again with preferences that turn each feature on
// (window.__MEDIA names it) and a test skips where its feature is not active.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, mark, mountBuiltIn } from '../helpers.js';
import { violations } from '../axe.js';

type Features = { colorScheme?: string; reducedMotion?: string; forcedColors?: string };
const emulateMedia = (features: Features) => executeServerCommand('mt-emulate-media', features);
let cdp: boolean | undefined;

/** Turns the features on where the browser can emulate them; says whether they are on. */
async function useMedia(features: Features): Promise<boolean> {
  if (cdp !== false) {
    try {
      await emulateMedia(features);
      cdp = true;
    } catch {
      cdp = false;
    }
  }
  const queries = {
    colorScheme: '(prefers-color-scheme: dark)',
    reducedMotion: '(prefers-reduced-motion: reduce)',
    forcedColors: '(forced-colors: active)',
  };
  const on = Object.keys(features).every((key) => matchMedia(queries[key as keyof Features]).matches);
  return on;
}

describe('<meeting-timeline> themes and media features', () => {
  afterEach(async () => {
    if (cdp === true)
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('theme="auto" follows prefers-color-scheme: dark', async function () {
    if (!(await useMedia({ colorScheme: 'dark' }))) this.skip();
    const el = await mountBuiltIn();
    expect(getComputedStyle(el).backgroundColor, 'light by default').to.equal('rgb(255, 255, 255)');
    el.theme = 'auto';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 24, 30)');
    expect(await violations(el)).to.deep.equal([]);
  });

  it('prefers-reduced-motion: reduce makes the zoom buttons jump without a transition', async function () {
    if (!(await useMedia({ reducedMotion: 'reduce' }))) this.skip();
    const el = await mountBuiltIn();
    const before = el.range.to.getTime() - el.range.from.getTime();
    ($(el, '.zoom-in') as HTMLButtonElement).click();
    // No animation: the new span is there at once, before any animation frame.
    expect(el.range.to.getTime() - el.range.from.getTime()).to.be.closeTo(before / 2, before * 0.02);
  });

  it('prefers-reduced-motion: reduce makes story steps jump to their event without a glide', async function () {
    if (!(await useMedia({ reducedMotion: 'reduce' }))) this.skip();
    const el = await mountBuiltIn();
    el.story = true;
    await el.updateComplete;
    await waitUntil(() => el.storyStep === 0 && $(el, '[part="story"]'), 'story mode did not start');
    ($(el, '.story-next') as HTMLButtonElement).click();
    // Before any animation frame, the second step's event is already in view.
    const ms = el.events.find((e) => e.id === el.selected)!.start.ms;
    expect(el.storyStep).to.equal(1);
    expect(ms).to.be.within(el.range.from.getTime(), el.range.to.getTime());
  });

  it('prefers-reduced-motion: reduce brings the chosen mark back at once when Escape closes its details', async function () {
    if (!(await useMedia({ reducedMotion: 'reduce' }))) this.skip();
    const el = await mountBuiltIn(700);
    try {
      scrollTo(0, scrollY + el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().top);
      const box = (id: string) => mark(el, id)!.getBoundingClientRect();
      const chosen = [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="event"]')].find(
        (m) => m.getBoundingClientRect().top >= 0,
      )!;
      const id = chosen.dataset.id!;
      chosen.focus({ preventScroll: true });
      chosen.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      // The page goes down to the panel under the chart, leaving the mark above the window.
      await waitUntil(() => box(id).bottom < 0, 'the details did not come into view');
      mark(el, id)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      // Before any animation frame, the mark is back in the window.
      expect(el.selected).to.equal(null);
      expect(box(id).bottom, `mark at ${box(id).top}`).to.be.above(0);
      expect(box(id).top).to.be.below(innerHeight);
    } finally {
      scrollTo(0, 0);
    }
  });

  it('forced-colors: active keeps marks and the focus ring visible', async function () {
    if (!(await useMedia({ forcedColors: 'active' }))) this.skip();
    const el = await mountBuiltIn();
    const bali = mark(el, 'bali-2022')!;
    bali.focus();
    await el.updateComplete;
    const fill = getComputedStyle(bali.querySelector('.mark')!).fill;
    const background = getComputedStyle(el).backgroundColor;
    expect(fill).to.not.equal('none');
    expect(fill).to.not.equal(background);
    const ring = getComputedStyle(bali.querySelector('.ring')!).stroke;
    expect(ring).to.not.equal('none');
    expect(ring).to.not.equal(background);
  });
});
