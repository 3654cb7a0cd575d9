import type { Analysis } from './pkg/newsmark.js';

/** The layers `highlight` can mark. */
export type Layer = 'speakers' | 'people' | 'places' | 'orgs' | 'unnamed' | 'quotes' | 'reported';

/** Every layer, in the order of the legend. */
export const LAYERS: Layer[];

export interface HighlightOptions {
  /** Which layers to mark (all by default). */
  layers?: Layer[];
  /** Where to load `newsmark_bg.wasm` from, when not beside the module. */
  wasmUrl?: string | URL;
  /** Link the marks' stylesheet (`marks.css`, beside the module); true by default. */
  stylesheet?: boolean;
}

/**
 * Analyses the text of `element` and marks speakers, people, places, organisations and claims in
 * place, without touching links, emphasis or paragraphs. Idempotent; undone by `unhighlight`.
 */
export function highlight(element: Element, options?: HighlightOptions): Promise<Analysis>;

/** Removes the marks `highlight` added inside `element`. */
export function unhighlight(element: Element): void;
