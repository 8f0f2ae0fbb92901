import { expect } from '@open-wc/testing';
import { at, bag, guard, own } from '../../src/data/read-json.js';
import type { DataError } from '../../src/types.js';

describe('read-json', () => {
  it('bag(value) is the value for a non-array object, else undefined', () => {
    const object = { a: 1 };
    const bare = Object.create(null) as object;
    expect(bag(object)).to.equal(object);
    expect(bag(bare)).to.equal(bare);
    for (const value of [null, undefined, [], [1], 'x', 1, true, () => {}])
      expect(bag(value), String(value)).to.equal(undefined);
  });

  it('own(bag, key) reads own properties only, never the prototype chain', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "title": "t"}') as Record<string, unknown>;
    expect(own(parsed, 'title')).to.equal('t');
    expect(own(parsed, '__proto__')).to.deep.equal({ x: 1 });
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'x'])
      expect(own(parsed, name), name).to.equal(undefined);
    expect(own(Object.create({ inherited: 1 }) as Record<string, unknown>, 'inherited')).to.equal(undefined);
    // An object with its own hasOwnProperty is still read correctly.
    expect(own({ hasOwnProperty: () => true }, 'missing')).to.equal(undefined);
    expect(own(undefined, 'title')).to.equal(undefined);
  });

  it('at(path, key) writes JSON paths', () => {
    expect(at('', 'events')).to.equal('events');
    expect(at('events', 3)).to.equal('events[3]');
    expect(at('events[3]', 'start')).to.equal('events[3].start');
    expect(at(at('rows', 1), 'End Year')).to.equal('rows[1].End Year');
  });

  it('guard(path, errors, read) turns a throw into "could not be read" at path', () => {
    const errors: DataError[] = [];
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    guard('events[2]', errors, () => own(revoked.proxy, 'start'));
    guard('events[3]', errors, () => {});
    expect(errors).to.deep.equal([{ path: 'events[2]', message: 'could not be read' }]);
  });
});
