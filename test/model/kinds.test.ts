import { expect } from '@open-wc/testing';
import { IN_PERSON, KIND_ORDER, OTHER_KIND, isStrong, markKind, markPath } from '../../src/model/kinds.js';

describe('kinds', () => {
  it('KIND_ORDER starts with IN_PERSON and lists the five built-in kinds', () => {
    expect(IN_PERSON).to.equal('in-person');
    expect(KIND_ORDER).to.deep.equal([IN_PERSON, 'video', 'phone', 'visit', 'incident']);
    expect(KIND_ORDER).not.to.include(OTHER_KIND);
  });

  it('markKind(kind) is the kind itself for every built-in kind and for other', () => {
    for (const kind of [...KIND_ORDER, OTHER_KIND]) expect(markKind(kind)).to.equal(kind);
  });

  it('markKind(kind) is other for any kind it does not draw, including names on Object.prototype', () => {
    for (const kind of ['summit', '', 'Video', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(markKind(kind), kind).to.equal(OTHER_KIND);
  });

  it('markPath(kind) is a distinct closed SVG path for each built-in kind and other', () => {
    const paths = [...KIND_ORDER, OTHER_KIND].map(markPath);
    expect(new Set(paths).size).to.equal(paths.length);
    for (const path of paths) expect(path).to.match(/^M[-\d.,]+.*Z$/);
  });

  it('markPath(kind) of an unknown kind is the generic mark’s', () => {
    for (const kind of ['summit', 'constructor', '__proto__']) expect(markPath(kind)).to.equal(markPath(OTHER_KIND));
  });

  it('markPath(kind) fits a 14 px mark: every coordinate within ±9 of the centre', () => {
    for (const kind of [...KIND_ORDER, OTHER_KIND]) {
      const numbers = markPath(kind)
        .match(/-?\d+(?:\.\d+)?/g)!
        .map(Number);
      for (const n of numbers) expect(Math.abs(n), `${kind}: ${n}`).to.be.at.most(9);
    }
  });

  it('isStrong(kind) is true for in-person meetings only', () => {
    expect(isStrong(IN_PERSON)).to.equal(true);
    for (const kind of ['video', 'phone', 'visit', 'incident', OTHER_KIND, 'In-Person', ''])
      expect(isStrong(kind), kind).to.equal(false);
  });
});
