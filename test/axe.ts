// axe-core for the browser tests. It is a UMD script: importing it sets window.axe.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/** axe-core's violations inside `el`, one line each: the rule and where. */
export async function violations(el: Element): Promise<string[]> {
  const results = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
