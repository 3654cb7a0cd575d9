// The summary at the top of the panel: who is behind the claims, in words and as a bar. Built
// from the analysis' `summary` (see the README's JSON schema) with textContent only.

/** How each source kind reads in the sentence, in the order of the bar. */
const KINDS = [
  ['person', null],
  ['organization', (n) => `${n} from organisations`],
  ['place', (n) => `${n} from governments named by their place`],
  ['unnamed', (n) => `${n} from unnamed sources`],
  ['document', (n) => `${n} from documents`],
  ['none', (n) => `${n} with no source`],
];

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** The summary as a sentence: "14 claims: 9 from 4 named people (1 woman), 3 from unnamed
 * sources, 2 from documents". */
export function summarySentence(summary) {
  const by = summary.by_source_kind;
  const parts = [];
  for (const [kind, phrase] of KINDS) {
    const n = by[kind] ?? 0;
    if (!n) continue;
    if (kind === 'person') {
      const g = summary.people_by_gender;
      const genders = [g.female ? plural(g.female, 'woman', 'women') : '', g.male ? plural(g.male, 'man', 'men') : ''].filter(Boolean);
      const people = summary.named_people ? ` ${plural(summary.named_people, 'named person', 'named people')}` : ' named people';
      parts.push(`${n} from${people}${genders.length ? ` (${genders.join(', ')})` : ''}`);
    } else {
      parts.push(phrase(n));
    }
  }
  const head = plural(summary.claims, 'claim', 'claims');
  const beliefs = summary.beliefs ? ` ${plural(summary.beliefs, 'is a belief or finding', 'are beliefs or findings')}.` : '';
  return parts.length ? `${head}: ${parts.join(', ')}.${beliefs}` : `${head}.`;
}

/** Fills `element` with the sentence and a bar of claims by source kind. */
export function showSummary(element, summary) {
  element.replaceChildren();
  const sentence = document.createElement('p');
  sentence.textContent = summarySentence(summary);
  element.append(sentence);
  if (!summary.claims) return;
  const bar = document.createElement('div');
  bar.className = 'summary-bar';
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', `Claims by source: ${KINDS.map(([k]) => `${summary.by_source_kind[k] ?? 0} ${k}`).join(', ')}`);
  for (const [kind] of KINDS) {
    const n = summary.by_source_kind[kind] ?? 0;
    if (!n) continue;
    const part = document.createElement('span');
    part.className = `kind-${kind}`;
    part.style.width = `${(100 * n) / summary.claims}%`;
    part.title = `${n} ${kind}`;
    bar.append(part);
  }
  element.append(bar);
}
