import { expect } from '@open-wc/testing';
import { kindName } from '../../src/views/legend.js';
import { en } from '../../src/i18n/strings.js';
import { strings as de } from '../../src/i18n/de.js';

describe('kindName', () => {
  it('kindName(kind, strings) names a built-in kind by the interface’s word for it', () => {
    expect(['in-person', 'video', 'phone', 'visit', 'incident'].map((kind) => kindName(kind, en))).to.deep.equal([
      'In person',
      'Video',
      'Phone',
      'Visits',
      'Incidents',
    ]);
    expect(kindName('phone', de)).to.equal('Telefon');
  });

  it('kindName("event", strings) is "Other", as is an empty kind', () => {
    expect(kindName('event', en)).to.equal('Other');
    expect(kindName('', en)).to.equal('Other');
    expect(kindName('event', de)).to.equal('Sonstiges');
  });

  it('kindName(kind, strings) names any other kind as the data spells it', () => {
    expect(kindName('summit', en)).to.equal('summit');
    expect(kindName('State Visit', de)).to.equal('State Visit');
    expect(kindName('Phone', en)).to.equal('Phone');
  });

  it('kindName(kind, strings) names a kind called like an object member as written', () => {
    const kinds = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    // Each name as a string, or its type when it is not one (an inherited member would be a function or an object).
    const names = kinds.map((kind) => {
      const name: unknown = kindName(kind, en);
      return typeof name === 'string' ? name : typeof name;
    });
    expect(names).to.deep.equal(kinds);
  });
});
