// Runs the analysis off the page's main thread, so that typing never waits for it. The marked
// HTML comes back in chunks of about 20 KB of text, for the page to insert a piece at a time.
import init, { analyzeAndRender } from './pkg/newsmark.js';

const ready = init();
const CHUNK_BYTES = 20_000;

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    const started = performance.now();
    const { analysis, html } = analyzeAndRender(text, CHUNK_BYTES);
    self.postMessage({ id, analysis, html, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
