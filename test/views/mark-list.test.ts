import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import { markList, type ProgressiveDrawing } from '../../src/views/mark-list.js';
import type { MarkShape } from '../../src/views/marks.js';
import type { TimelineEvent } from '../../src/types.js';

function shape(id: string, x: number, extra: Partial<MarkShape> = {}): MarkShape {
  return {
    id,
    x,
    y: 20,
    posinset: 1,
    setsize: 3,
    className: 'event k-dot',
    tabStop: false,
    // Only what the list reads of it: the naming below reads the id.
    event: { id } as TimelineEvent,
    pressed: false,
    hit: { x: -12, y: -12, w: 24, h: 24 },
    path: 'M0,-5L5,0L0,5L-5,0Z',
    ring: false,
    ...extra,
  };
}

describe('markList', () => {
  let host: SVGSVGElement;
  let list: SVGGElement;
  const draw = (
    shapes: MarkShape[],
    progressive?: ProgressiveDrawing,
    name = (event: TimelineEvent) => `name ${event.id}`,
  ) => {
    render(svg`<g role="list" ${markList(shapes, name, progressive)}></g>`, host);
    list = host.querySelector('g[role="list"]')!;
  };
  const items = () => [...list.children] as SVGGElement[];
  const button = (id: string) => list.querySelector<SVGGElement>(`[data-id="${id}"]`)!;
  const parts = (id: string) => [...button(id).children].map((n) => n.getAttribute('class') ?? n.localName);

  beforeEach(() => {
    host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('draws each shape as a list item holding a button, in order, with its attributes', () => {
    draw([shape('a', 10, { tabStop: true, pressed: true, ring: true }), shape('b', 50, { posinset: 2 })]);
    expect(items().map((item) => item.getAttribute('role'))).to.deep.equal(['listitem', 'listitem']);
    const [a, b] = items();
    expect(a.getAttribute('transform')).to.equal('translate(10,20)');
    expect(b.getAttribute('aria-posinset')).to.equal('2');
    expect(b.getAttribute('aria-setsize')).to.equal('3');
    const mark = a.firstElementChild!;
    expect(mark.getAttribute('part')).to.equal('event');
    expect(mark.getAttribute('role')).to.equal('button');
    expect(mark.getAttribute('data-id')).to.equal('a');
    expect(mark.getAttribute('class')).to.equal('event k-dot');
    expect(mark.getAttribute('tabindex')).to.equal('0');
    expect(mark.getAttribute('aria-label')).to.equal('name a');
    expect(mark.getAttribute('aria-pressed')).to.equal('true');
    expect(button('b').getAttribute('tabindex')).to.equal('-1');
    expect(button('b').getAttribute('aria-pressed')).to.equal('false');
    expect(parts('a')).to.deep.equal(['hit', 'mark', 'ring']);
    expect(parts('b')).to.deep.equal(['hit', 'mark']);
  });

  it('makes each new mark afresh: nothing another mark was given carries over to it', () => {
    const label = { className: 'strong', x: 12, y: 0, anchor: 'start' as const, text: 'A' };
    draw([shape('a', 10, { ring: true, pressed: true, tabStop: true, label, bar: { x: 0, y: -4, w: 40, h: 8 } })]);
    draw([shape('a', 10), shape('b', 50), shape('c', 90)]);
    const [a, b, c] = items();
    expect(new Set([a, b, c, a.firstElementChild, b.firstElementChild, c.firstElementChild]).size).to.equal(6);
    for (const id of ['b', 'c']) {
      expect(parts(id), id).to.deep.equal(['hit', 'mark']);
      expect(button(id).getAttribute('aria-pressed'), id).to.equal('false');
      expect(button(id).getAttribute('tabindex'), id).to.equal('-1');
      expect(button(id).getAttribute('role'), id).to.equal('button');
      expect(button(id).parentElement!.getAttribute('role'), id).to.equal('listitem');
    }
    expect(button('b').querySelector('.hit')).to.not.equal(button('c').querySelector('.hit'));
  });

  it('keeps a mark that stays as the same nodes, moves it, and adds and removes the others in order', () => {
    draw([shape('a', 10), shape('b', 50), shape('c', 90)]);
    const [, b, c] = items();
    draw([shape('b', 30), shape('c', 70), shape('d', 110)]);
    expect(items().map((item) => item.firstElementChild!.getAttribute('data-id'))).to.deep.equal(['b', 'c', 'd']);
    expect(items()[0]).to.equal(b);
    expect(items()[1]).to.equal(c);
    expect(b.getAttribute('transform')).to.equal('translate(30,20)');
    draw([shape('d', 0), shape('b', 30)]);
    expect(items().map((item) => item.firstElementChild!.getAttribute('data-id'))).to.deep.equal(['d', 'b']);
    expect(items()[1]).to.equal(b);
  });

  it('writes only what changed', async () => {
    const shapes = [
      shape('a', 10, { label: { className: '', x: 12, y: 0, anchor: 'start', text: 'A' } }),
      shape('b', 50),
    ];
    draw(shapes);
    const changes: string[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changes.push(r.type === 'attributes' ? r.attributeName! : r.type)),
    );
    observer.observe(list, { subtree: true, attributes: true, childList: true, characterData: true });
    draw(shapes.map((s) => ({ ...s })));
    await Promise.resolve();
    expect(changes).to.deep.equal([]);
    draw(shapes.map((s) => ({ ...s, x: s.x + 5 })));
    await Promise.resolve();
    observer.disconnect();
    expect(changes).to.deep.equal(['transform', 'transform']);
  });

  it('adds and removes a bar, a ring and a label in their drawing order', () => {
    draw([shape('a', 10)]);
    const bar = { x: 0, y: -4, w: 40, h: 8 };
    draw([
      shape('a', 10, { ring: true, bar, label: { className: 'strong', x: 48, y: 0, anchor: 'start', text: 'A' } }),
    ]);
    expect(parts('a')).to.deep.equal(['bar', 'hit', 'mark', 'ring', 'strong']);
    const rect = button('a').querySelector('.bar')!;
    expect([rect.getAttribute('width'), rect.getAttribute('height'), rect.getAttribute('rx')]).to.deep.equal([
      '40',
      '8',
      '2',
    ]);
    const text = button('a').querySelector('text')!;
    expect(text.getAttribute('part')).to.equal('label');
    expect(text.getAttribute('aria-hidden')).to.equal('true');
    expect(text.getAttribute('x')).to.equal('48');
    expect(text.textContent).to.equal('A');
    draw([shape('a', 10, { leader: { x1: 0, y1: 8, x2: 10, y2: 18 }, extent: { x: 0, y: -5, w: 30, h: 10 } })]);
    expect(parts('a')).to.deep.equal(['extent', 'hit', 'leader', 'mark']);
  });

  it("writes a label's lines as tspans and a cut label's full title", () => {
    const label = { className: '', x: 20, y: 0, anchor: 'start' as const, text: 'One two', lines: ['One ', 'two'] };
    draw([shape('a', 10, { label })]);
    const spans = [...button('a').querySelectorAll('tspan')];
    expect(spans.map((s) => [s.textContent, s.getAttribute('x'), s.getAttribute('dy')])).to.deep.equal([
      ['One ', '20', '0'],
      ['two', '20', '1.15em'],
    ]);
    draw([shape('a', 10, { label: { ...label, lines: undefined, text: 'On…', title: 'One two three' } })]);
    const text = button('a').querySelector('text')!;
    expect(text.querySelectorAll('tspan').length).to.equal(0);
    expect(text.firstChild!.textContent).to.equal('On…');
    expect(text.querySelector('title')!.textContent).to.equal('One two three');
  });

  describe('progressive', () => {
    const many = (count: number, extra: (i: number) => Partial<MarkShape> = () => ({})) =>
      Array.from({ length: count }, (_, i) => shape(`m${i}`, i * 3, { y: 1000 - i, ...extra(i) }));
    const ids = () => items().map((item) => item.firstElementChild!.getAttribute('data-id')!);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let waits: Promise<void>[];
    let progressive: ProgressiveDrawing;
    beforeEach(() => {
      waits = [];
      progressive = { budgetMs: 0, restMs: 0, wait: (work) => waits.push(work) };
    });

    it('with no budget left, makes a few new marks a frame, the ringed and top-most first, and the rest after', async () => {
      const shapes = many(100, (i) => ({ ring: i === 50 }));
      draw(shapes, progressive);
      const first = ids();
      expect(first.length).to.be.within(1, 99);
      // The ringed mark, then the lowest y (the last shapes), in the shapes' order in the list.
      expect(first).to.include('m50');
      expect(first).to.include('m99');
      expect(first).not.to.include('m0');
      expect(first).to.deep.equal([...first].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
      expect(waits).to.have.length(1);
      let settled = false;
      void waits[0].then(() => (settled = true));
      await frame();
      expect(ids().length).to.be.greaterThan(first.length);
      await waits[0];
      expect(settled).to.equal(true);
      expect(ids()).to.deep.equal(shapes.map((s) => s.id));
    });

    it('moves the marks already drawn at once, and a draw without a budget finishes the rest', async () => {
      draw(many(10));
      const moved = many(10).map((s) => ({ ...s, x: s.x + 100 }));
      draw([...moved, ...many(200).slice(10)], progressive);
      expect(items()[0].getAttribute('transform')).to.equal('translate(100,1000)');
      expect(ids().length).to.be.below(210);
      draw([...moved, ...many(200).slice(10)]);
      expect(ids().length).to.equal(200);
      await waits[0];
    });

    it('a frame that only goes on drawing spends restMs, not budgetMs', async () => {
      draw(many(100), { ...progressive, restMs: 10_000 });
      expect(ids().length).to.be.below(100);
      await frame();
      expect(ids()).to.have.length(100);
      await waits[0];
    });

    it("makes every new mark within the band at once (a first picture's window), those below it after", async () => {
      // y runs from 1000 (m0) up to 901 (m99): m51 to m99 lie within 950 px of the top.
      draw(many(100), { ...progressive, band: 950 });
      const first = ids();
      const within = many(100).filter((s) => s.y < 950);
      expect(within).to.have.length(49);
      expect(first).to.include.members(within.map((s) => s.id));
      expect(first.length).to.be.below(100);
      await waits[0];
      expect(ids()).to.have.length(100);
    });

    it('names only the marks it draws', async () => {
      const named = new Set<string>();
      draw(many(100), progressive, (event) => (named.add(event.id), `name ${event.id}`));
      expect(ids().length).to.be.below(100);
      expect([...named].sort()).to.deep.equal(ids().sort());
      await waits[0];
      expect(named.size).to.equal(100);
    });

    it('draws everything at once when few marks are new', () => {
      draw(many(12), progressive);
      expect(ids()).to.have.length(12);
      expect(waits).to.have.length(0);
    });
  });
});
