import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IdleWarmController } from '../../src/controllers/idle-warm-controller.js';
import { validateData } from '../../src/data/validate.js';
import { buildModel } from '../../src/model/model.js';
import { whenIdle } from '../../src/scheduling/idle-each.js';

/** A host that only keeps its controllers: the test calls hostUpdated as an update would. */
function fakeHost(): ReactiveControllerHost & { controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

/** Idle periods enough for a few events' warm-up. */
async function idle(): Promise<void> {
  for (let i = 0; i < 3; i++) await whenIdle();
}

describe('IdleWarmController', () => {
  const model = buildModel(
    validateData([
      { id: 'a', start: '2024-01-01', title: 'A' },
      { id: 'b', start: '2024-02-01', title: 'B' },
      { id: 'c', start: '2024-03-01', title: 'C' },
    ]),
  );

  it('warms each event of a model once, nearest the centre first, and again for a new name store', async () => {
    const warmed: string[] = [];
    let names = {};
    const host = fakeHost();
    const controller = new IdleWarmController(host, {
      model: () => model,
      names: () => names,
      centre: () => Date.UTC(2024, 1, 1),
      warm: (event) => warmed.push(event.id),
    });
    expect(host.controllers).to.deep.equal([controller]);
    controller.hostUpdated();
    await idle();
    expect(warmed).to.have.members(['a', 'b', 'c']);
    expect(warmed[0]).to.equal('b');
    // An update with the same model and names prepares nothing again.
    controller.hostUpdated();
    await idle();
    expect(warmed).to.have.length(3);
    // Names made anew (the times loaded, a translation, a locale): what the last warm-up made is gone, so again.
    names = {};
    controller.hostUpdated();
    await idle();
    expect(warmed).to.have.length(6);
    expect(warmed.slice(3)).to.have.members(['a', 'b', 'c']);
  });
});
