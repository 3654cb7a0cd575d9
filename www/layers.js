// The layers of marks, shared by the page's legend and the embed's `layers` option: one name for
// each, and which layer an entity or a claim belongs to. No DOM, no side effects.

/** Every layer, in the order of the legend: its name (the `layers` option, the page's
 * `hide-<name>` class), its label and the class of its swatch in the legend. */
export const LAYERS = [
  { name: 'speakers', label: 'Speakers', swatch: 'nm-speaker-swatch' },
  { name: 'people', label: 'Other people', swatch: 'nm-person-swatch' },
  { name: 'places', label: 'Places', swatch: 'nm-place-swatch' },
  { name: 'orgs', label: 'Organisations', swatch: 'nm-org-swatch' },
  { name: 'unnamed', label: 'Unnamed sources', swatch: 'nm-unnamed-swatch' },
  { name: 'quotes', label: 'Quotes', swatch: 'nm-direct-swatch' },
  { name: 'reported', label: 'Reported speech', swatch: 'nm-reported-swatch' },
];

/** The names of every layer. */
export const LAYER_NAMES = LAYERS.map((l) => l.name);

/** The layer of an entity of the analysis. */
export function entityLayer(entity) {
  if (entity.kind === 'place') return 'places';
  if (entity.kind === 'organization') return 'orgs';
  if (entity.kind === 'unnamed') return 'unnamed';
  return entity.speaker ? 'speakers' : 'people';
}

/** The layer of a claim of the analysis: quotes (direct) or reported speech (mixed, indirect). */
export function claimLayer(claim) {
  return claim.kind === 'direct' ? 'quotes' : 'reported';
}

/** Below this confidence a claim is drawn lighter (class nm-unsure), as in the Rust HTML output. */
export const UNSURE = 0.7;

/** A claim's confidence as a reader reads it: "confidence 83%". */
export function confidenceText(claim) {
  return `confidence ${Math.round(claim.confidence * 100)}%`;
}

/** The class of an entity's marks, as in the Rust HTML output. */
export function entityClass(entity) {
  if (entity.kind === 'place') return 'nm-place';
  if (entity.kind === 'organization') return 'nm-org';
  if (entity.kind === 'unnamed') return 'nm-unnamed';
  return entity.speaker ? 'nm-person nm-speaker' : 'nm-person';
}

/** Below this confidence a name is drawn lighter (class nm-unsure), as in the Rust HTML output. */
export const UNSURE_MENTION = 0.5;
