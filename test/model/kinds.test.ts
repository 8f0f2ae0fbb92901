import { expect } from '@open-wc/testing';
import {
  DEFAULT_KIND,
  IN_PERSON,
  KIND_ORDER,
  OTHER_KIND,
  builtInStyle,
  isStrong,
  kindStyles,
} from '../../src/model/kinds.js';

describe('kinds', () => {
  it('KIND_ORDER starts with IN_PERSON and lists the five built-in kinds', () => {
    expect(IN_PERSON).to.equal('in-person');
    expect(KIND_ORDER).to.deep.equal([IN_PERSON, 'video', 'phone', 'visit', 'incident']);
    expect(KIND_ORDER).not.to.include(OTHER_KIND);
  });

  it('kindStyles(kinds) draws every built-in kind with its own class and shape, and the default kind as other', () => {
    const styles = kindStyles([...KIND_ORDER, DEFAULT_KIND]);
    for (const kind of KIND_ORDER) expect(styles.get(kind)!.style, kind).to.equal(kind);
    expect(styles.get(DEFAULT_KIND)!.style).to.equal(OTHER_KIND);
    const paths = [...styles.values()].map((s) => s.path);
    expect(new Set(paths).size).to.equal(paths.length);
    for (const path of paths) expect(path).to.match(/^M[-\d.,]+.*Z$/);
  });

  it('kindStyles(kinds) gives kinds it does not know their own shape and colour, in order, names on Object.prototype too', () => {
    const unknown = ['summit', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'Video'];
    const styles = kindStyles(['visit', ...unknown]);
    expect(unknown.map((k) => styles.get(k)!.style)).to.deep.equal(['x0', 'x1', 'x2', 'x3', 'x4', 'x5']);
    const paths = unknown.map((k) => styles.get(k)!.path);
    expect(new Set(paths).size).to.equal(6);
    for (const path of paths) expect(KIND_ORDER.map((k) => styles.get(k)?.path)).not.to.include(path);
  });

  it('kindStyles(kinds) cycles the palette past eight unknown kinds', () => {
    const kinds = Array.from({ length: 10 }, (_, i) => `k${i}`);
    const styles = kindStyles(kinds);
    expect(styles.get('k8')!.style).to.equal('x0');
    expect(styles.get('k9')!.style).to.equal('x1');
  });

  it('builtInStyle(kind) is the kind’s own for built-in kinds, else the generic mark’s', () => {
    expect(builtInStyle('phone').style).to.equal('phone');
    for (const kind of ['summit', 'constructor', '__proto__', ''])
      expect(builtInStyle(kind).style, kind).to.equal(OTHER_KIND);
  });

  it('every shape fits a 14 px mark: every coordinate within ±9 of the centre', () => {
    const styles = kindStyles([...KIND_ORDER, ...Array.from({ length: 6 }, (_, i) => `k${i}`)]);
    for (const { kind, path } of styles.values()) {
      const numbers = path.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
      for (const n of numbers) expect(Math.abs(n), `${kind}: ${n}`).to.be.at.most(9);
    }
  });

  it('isStrong(kind) is true for in-person meetings only', () => {
    expect(isStrong(IN_PERSON)).to.equal(true);
    for (const kind of ['video', 'phone', 'visit', 'incident', OTHER_KIND, 'In-Person', ''])
      expect(isStrong(kind), kind).to.equal(false);
  });
});
