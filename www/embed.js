// newsmark for static sites: highlights article markup in place. Importing this module does
// nothing by itself; `embed-auto.js` highlights every `data-newsmark` element of a page.
//
//   import { highlight, unhighlight } from './embed.js';
//   const analysis = await highlight(document.querySelector('article'));
//
// The walk over the DOM is JavaScript, the analysis Rust: walking text nodes from Rust (web-sys)
// would cross the WebAssembly boundary for every node and every split, and the code that maps
// offsets onto nodes reads more plainly next to the DOM it changes. Nothing leaves the page.

import init, { analyze } from './pkg/newsmark.js';
import { LAYER_NAMES, UNSURE, UNSURE_MENTION, claimLayer, confidenceText, entityClass, entityLayer } from './layers.js';

/** Attribute set on every element the embed adds, so that it can take them away again. */
const MARK = 'data-newsmark-mark';

/** Elements whose text is not article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CODE', 'PRE']);

/** Elements that end a paragraph: the analysis sees a paragraph separator (U+2029) between them. */
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR', 'MAIN', 'NAV']);

/** What the analysis sees between two blocks. */
const PARAGRAPH = '\u2029';

/** Every layer: what `options.layers` may name. */
export const LAYERS = LAYER_NAMES;

let ready = null;

function load(options) {
  ready ??= init(options.wasmUrl ? { module_or_path: options.wasmUrl } : undefined);
  return ready;
}

/**
 * The text of `root` as the analysis sees it, and where each text node sits in it. Block
 * boundaries become paragraph separators (U+2029: a paragraph ends there even where the next one
 * goes on in lower case, as a wrapped line would); line breaks inside text nodes (source
 * formatting) become spaces, one character for one, so that offsets map back unchanged.
 */
function collect(root) {
  const pieces = [];
  const nodes = [];
  let length = 0;
  const newline = () => {
    if (length > 0 && pieces[pieces.length - 1] !== PARAGRAPH) {
      pieces.push(PARAGRAPH);
      length += 1;
    }
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.data.replace(/[\r\n]/g, ' ');
        if (text.length) {
          nodes.push({ node: child, start: length });
          pieces.push(text);
          length += text.length;
        }
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIP.has(child.tagName.toUpperCase())) {
        const block = BLOCK.has(child.tagName.toUpperCase());
        if (block) newline();
        walk(child);
        if (block) newline();
      }
    }
  };
  walk(root);
  return { text: pieces.join(''), nodes };
}

/** The marks to place: [start, end, build(element)] in analysis offsets, outer layers first. */
function marksOf(analysis, layers) {
  const on = new Set(layers);
  const marks = [];
  for (const claim of analysis.claims) {
    if (on.has(claimLayer(claim))) {
      const speaker = claim.speaker === null ? 'unknown speaker' : analysis.entities[claim.speaker].name;
      const title = `${speaker} — ${claim.cue ? claim.cue.text : ''} (${claim.kind}, ${confidenceText(claim)})`;
      for (const piece of claim.content) {
        marks.push({ start: piece.start, end: piece.end, layer: 0, make: () => {
          const el = document.createElement('span');
          el.className = `nm-claim ${claim.kind === 'direct' ? 'nm-direct' : 'nm-reported'}${claim.confidence < UNSURE ? ' nm-unsure' : ''}`;
          el.dataset.claim = String(claim.id);
          if (claim.speaker !== null) el.dataset.speaker = String(claim.speaker);
          el.title = title;
          return el;
        } });
      }
    }
  }
  for (const entity of analysis.entities) {
    if (!on.has(entityLayer(entity))) continue;
    const kind = entityClass(entity);
    for (const m of entity.mentions) {
      const unsure = m.confidence !== undefined && m.confidence < UNSURE_MENTION;
      marks.push({ start: m.start, end: m.end, layer: 1, make: () => {
        const el = document.createElement('mark');
        el.className = `nm-entity ${kind}${unsure ? ' nm-unsure' : ''}`;
        el.dataset.entity = String(entity.id);
        el.title = (entity.title ? `${entity.name} — ${entity.title}` : entity.name)
          + (unsure ? ` (not sure of this name: confidence ${Math.round(m.confidence * 100)}%)` : '');
        return el;
      } });
    }
  }
  return marks;
}

/** Splits the text nodes at every mark boundary, then wraps each piece in the marks covering it. */
function wrap(nodes, marks) {
  const cuts = [...new Set(marks.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  // Every piece of text between two cuts, in text order.
  const pieces = [];
  let c = 0;
  for (const { node, start } of nodes) {
    const end = start + node.data.length;
    while (c < cuts.length && cuts[c] <= start) c += 1;
    let rest = node;
    let at = start;
    for (let k = c; k < cuts.length && cuts[k] < end; k += 1) {
      const after = rest.splitText(cuts[k] - at);
      pieces.push({ node: rest, start: at });
      rest = after;
      at = cuts[k];
    }
    pieces.push({ node: rest, start: at });
  }
  // Sweep: marks by start; the active ones cover the current piece.
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.layer - b.layer);
  let next = 0;
  let active = [];
  for (const piece of pieces) {
    while (next < sorted.length && sorted[next].start <= piece.start) active.push(sorted[next++]);
    active = active.filter((m) => m.end > piece.start);
    if (!active.length || !piece.node.data.trim()) continue;
    // Innermost first: entity marks inside claim spans, and a shorter mark inside a longer one
    // of its layer (the place inside "University of Kansas").
    let target = piece.node;
    for (const m of [...active].sort((a, b) => b.layer - a.layer || a.end - a.start - (b.end - b.start))) {
      const el = m.make();
      el.setAttribute(MARK, '');
      target.replaceWith(el);
      el.append(target);
      target = el;
    }
  }
}

/**
 * Removes the marks `highlight` added inside `element`; the element's markup and text are as
 * they were.
 */
export function unhighlight(element) {
  for (const el of element.querySelectorAll(`[${MARK}]`)) {
    el.replaceWith(...el.childNodes);
  }
  element.normalize();
  delete element.dataset.newsmarkState;
}

/**
 * Analyses the text of `element` and marks speakers, people, places, organisations and claims
 * in place, without touching links, emphasis or paragraphs. Running it again gives the same
 * markup; `unhighlight` undoes it. Resolves to the analysis (offsets into the element's text as
 * the analysis saw it).
 *
 * @param {Element} element
 * @param {{ layers?: string[], wasmUrl?: string | URL, stylesheet?: boolean }} [options]
 * @returns {Promise<import('./pkg/newsmark.js').Analysis>}
 */
export async function highlight(element, options = {}) {
  await load(options);
  if (options.stylesheet !== false) addStylesheet();
  unhighlight(element);
  const { text, nodes } = collect(element);
  const analysis = analyze(text);
  wrap(nodes, marksOf(analysis, options.layers ?? LAYERS));
  element.dataset.newsmarkState = 'done';
  return analysis;
}

/** Links the marks' stylesheet once (a file, so that a strict Content-Security-Policy allows it). */
function addStylesheet() {
  const href = new URL('./marks.css', import.meta.url).href;
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === href)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
