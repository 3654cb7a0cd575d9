// Sharing without a server: the text in the link's fragment (compressed, base64url; a fragment
// never reaches a server), and the claims as CSV.

/** The longest link "Copy link" makes; a longer text gets a message instead. */
export const MAX_LINK = 32 * 1024;

/** The fragment's key: `#t=…`. */
const KEY = 't=';

function base64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The link to this page that opens on `text`. */
export async function linkFor(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `${location.origin}${location.pathname}#${KEY}${base64url(bytes)}`;
}

/** The text a fragment (`location.hash`) carries, or null. */
export async function textOfFragment(hash) {
  if (!hash.startsWith(`#${KEY}`)) return null;
  try {
    const stream = new Blob([fromBase64url(hash.slice(KEY.length + 1))]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return await new Response(stream).text();
  } catch {
    return null;
  }
}

/** One CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function field(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The claims of `analysis` as CSV: a header and one row per claim (offsets in UTF-16 code units,
 * as `text.slice(start, end)` takes them). */
export function claimsCsv(analysis) {
  const header = ['id', 'speaker', 'source_kind', 'kind', 'speech', 'confidence', 'source', 'cue', 'content', 'content_start', 'content_end'];
  const rows = analysis.claims.map((c) => [
    c.id,
    c.speaker === null ? '' : analysis.entities[c.speaker].name,
    c.source_kind,
    c.kind,
    c.speech,
    c.confidence,
    c.source ? c.source.text : '',
    c.cue ? c.cue.text : '',
    c.content.map((p) => p.text).join(' … '),
    c.content[0].start,
    c.content[c.content.length - 1].end,
  ]);
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
