// What the bench's pages load: a small node:http server bound to 127.0.0.1 on a free port. It serves files
// held in memory (a snapshot of our build taken when the bench starts, with --baseline the baseline's under
// /before/dist/, and the parse measurement's generated file), the bench pages under /bench/ (and the same
// pages under /before/bench/, where they load the baseline's build), and the peers' and d3's files from
// node_modules/. Nothing else.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';

/**
 * Files a module names by relative path ("./chunks/x.js", "../meeting-timeline.js"), transitively, and
 * which of them load with the entry (reached through static imports only) rather than on demand.
 */
export function moduleGraph(entry) {
  const seen = new Map();
  const edges = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const text = readFileSync(file);
    seen.set(file, text);
    edges.set(file, []);
    for (const [, via, spec] of text
      .toString('utf8')
      .matchAll(/(import\s*\(\s*|\bfrom\s*|\bimport\s*)?["'`](\.{1,2}\/[^"'`\s]+?\.m?js)["'`]/g)) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(dirname(entry)) || !existsSync(target)) continue;
      edges.get(file).push({ target, eager: Boolean(via) && !via.startsWith('import(') && !/^import\s*\(/.test(via) });
      visit(target);
    }
  };
  visit(entry);
  const eager = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const { target, eager: isStatic } of edges.get(queue.shift()) ?? []) {
      if (isStatic && !eager.has(target)) {
        eager.add(target);
        queue.push(target);
      }
    }
  }
  return { files: seen, eager };
}

/** A module graph's files keyed by URL path: `base` + their path below `dir` ("/dist/" + "chunks/x.js"). */
export function snapshotOf(graph, dir, base) {
  return new Map([...graph.files].map(([file, text]) => [base + relative(dir, file).split(sep).join('/'), text]));
}

const PEER_PACKAGES = /^\/node_modules\/(vis-timeline|timelines-chart|d3-[a-z-]+)\//;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Starts the server: `memory` (URL path -> Buffer) first, then files of `root` under /bench/ (also under each
 * of `aliases`, e.g. /before/bench/) and the peers' packages. Resolves to { origin, close() }.
 */
export async function startServer(root, memory, aliases = []) {
  const fileFor = (requested) => {
    const alias = aliases.find((prefix) => requested.startsWith(`${prefix}/bench/`));
    const pathname = alias ? requested.slice(alias.length) : requested;
    if (!pathname.startsWith('/bench/') && !PEER_PACKAGES.test(pathname)) return undefined;
    const file = normalize(join(root, pathname));
    if (!file.startsWith(root + sep)) return undefined;
    try {
      return statSync(file).isFile() ? file : undefined;
    } catch {
      return undefined;
    }
  };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const type = TYPES[extname(pathname)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (memory.has(pathname)) return void response.writeHead(200, headers).end(memory.get(pathname));
    const file = fileFor(decodeURIComponent(pathname));
    if (!file) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
