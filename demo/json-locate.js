// Where in a JSON text a problem is: the offset of a parse error, and the offset of the value a validation
// path such as `events[3].start` names. Pure functions of the text, no DOM, so the editor can mark lines.

/** The 1-based line of `offset` in `text`. */
export function lineOf(text, offset) {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The offset of 1-based `line` and `column` in `text` (as Firefox and V8 number them). */
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + Math.max(column - 1, 0), text.length);
}

/**
 * The offset where `JSON.parse(text)` failed. Browsers word it differently:
 * - V8 (Chromium): `Expected ',' or '}' after property value in JSON at position 42 (line 3 column 5)`;
 * - SpiderMonkey (Firefox): `JSON.parse: expected ',' or '}' after property value in object at line 3 column 5
 *   of the JSON data`;
 * - V8's `Unexpected token ']', "…" is not valid JSON` and "Unexpected end of JSON input", and JavaScriptCore
 *   (Safari), give no position: then the text is scanned.
 */
export function parseErrorOffset(error, text) {
  const message = String(error?.message ?? '');
  // Anchored at the end: V8's "Unexpected token" messages quote the text itself, which may say anything.
  const firefox = /at line (\d+) column (\d+) of the JSON data$/.exec(message);
  const v8 = /in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  let offset;
  if (firefox) offset = offsetOf(text, Number(firefox[1]), Number(firefox[2]));
  else if (v8) offset = Number(v8[1]);
  else offset = scan(text).error?.offset ?? text.length;
  // "Unexpected end": the last character that is there, not the empty line after the final newline.
  if (offset >= text.length) {
    offset = text.length;
    while (offset > 0 && /\s/.test(text[offset - 1])) offset--;
    offset = Math.max(offset - 1, 0);
  }
  return offset;
}

/**
 * Reads `text` as JSON, noting where each value starts, by path: `events[3].start` (the validator's own
 * spelling). Returns `{ starts: Map<path, offset> }`, or `{ starts, error: { offset, message } }` at the
 * first syntax error. Small and strict (RFC 8259), as JSON.parse is.
 */
export function scan(text) {
  const starts = new Map();
  let i = 0;
  const fail = (message) => {
    throw { offset: Math.min(i, text.length), message };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++; // the opening quote
    let out = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c < ' ') fail('control character in string');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }[e];
        if (simple === undefined) fail('bad escape');
        out += simple;
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    return fail('unterminated string');
  };
  const value = (path) => {
    space();
    starts.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a property name');
        const key = string();
        space();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        value(path ? `${path}.${key}` : key);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(`${path}[${n}]`);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail("expected ',' or ']'");
      }
    }
    if (c === '"') return void string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail(i >= text.length ? 'unexpected end' : 'unexpected character');
    i += literal[0].length;
  };
  try {
    value('');
    space();
    if (i < text.length) fail('unexpected text after the JSON');
    return { starts };
  } catch (error) {
    if (typeof error?.offset !== 'number') throw error;
    return { starts, error };
  }
}

/**
 * The offset of the value `path` names in the JSON `text` (`events[3].start`), or, when that value is
 * missing (`events[3].title` of an event without a title), of the nearest enclosing item that is there.
 * An array given as the whole input is what the validator calls `events`. Undefined when nothing matches.
 */
export function offsetOfPath(text, path, starts = scan(text).starts) {
  const candidates = [path];
  if (path === 'events' || path.startsWith('events[')) candidates.push(path.slice('events'.length));
  for (const candidate of candidates) {
    // Shorten `a[1].b.c` to `a[1].b`, `a[1]`, `a` until a value is there.
    for (let p = candidate; ;) {
      if (starts.has(p) && (p !== '' || candidate === '')) return starts.get(p);
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) break;
      p = p.slice(0, cut);
    }
  }
  return path === '' ? starts.get('') : undefined;
}
