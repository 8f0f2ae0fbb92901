// Bundle sizes for the report: gzip -9 of our embed and each chunk it imports (and whether it loads with the
// entry or on demand), the same for the --baseline build, the peers' standalone bundles, and the d3 modules
// the baseline page uses, for scale.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
function sizeOf(label, text) {
  return { label, bytes: text.length, kib: kib(text.length), gzipKiB: kib(gzipSync(text, { level: 9 }).length) };
}

/** A build's files (moduleGraph() from `entry`, named below `dir`) and what loads up front. */
function buildSizes(group, dir, entry, graph) {
  const files = [];
  for (const [file, text] of graph.files) {
    const loads = file === entry ? 'entry' : graph.eager.has(file) ? 'with the entry' : 'on demand';
    files.push({ group, loads, ...sizeOf(relative(dir, file), text) });
  }
  const eagerFiles = files.filter((f) => f.loads !== 'on demand');
  const core = {
    files: eagerFiles.length,
    kib: kib(eagerFiles.reduce((sum, f) => sum + f.bytes, 0)),
    gzipKiB: Math.round(eagerFiles.reduce((sum, f) => sum + f.gzipKiB, 0) * 10) / 10,
  };
  return { files, core };
}

/**
 * `graph` is our build's moduleGraph() from `entry`; `baseline` ({dir, entry, graph}) the --baseline build's;
 * `log` reports what could not be measured.
 */
export async function sizes(root, entry, graph, log, baseline) {
  const ours = buildSizes('ours', root, entry, graph);
  const before = baseline && buildSizes('ours-before', baseline.dir, baseline.entry, baseline.graph);
  const list = [...ours.files, ...(before?.files ?? [])];
  const chunkDir = join(root, 'dist', 'chunks');
  const unused = existsSync(chunkDir)
    ? readdirSync(chunkDir).filter((f) => f.endsWith('.js') && !graph.files.has(join(chunkDir, f)))
    : [];
  const peers = {
    'vis-timeline': 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    'timelines-chart': 'node_modules/timelines-chart/dist/timelines-chart.min.js',
  };
  for (const [group, path] of Object.entries(peers))
    list.push({ group, loads: 'standalone', ...sizeOf(path, readFileSync(join(root, path))) });
  try {
    // What the d3 baseline page imports, bundled and minified the way a page would ship it.
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents:
          "export { scaleUtc } from 'd3-scale'; export { axisBottom } from 'd3-axis'; export { select } from 'd3-selection'; export { zoom, zoomIdentity } from 'd3-zoom';",
        resolveDir: root,
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    list.push({
      group: 'd3',
      loads: 'for scale',
      ...sizeOf(
        'd3-scale + d3-axis + d3-selection + d3-zoom (esbuild, minified)',
        Buffer.from(result.outputFiles[0].contents),
      ),
    });
  } catch (error) {
    log(`d3 bundle size not measured: ${error.message}`);
  }
  return {
    files: list,
    oursCore: ours.core,
    ...(before && { baselineCore: before.core }),
    unusedChunks: unused,
  };
}
