// Runs the analysis off the page's main thread, so that typing never waits for it.
import init, { analyzeAndRender } from './pkg/newsmark.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    const started = performance.now();
    const { analysis, html } = analyzeAndRender(text);
    self.postMessage({ id, analysis, html, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
