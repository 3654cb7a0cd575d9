// Highlights every element of the page marked `data-newsmark`, once the page has loaded:
//
//   <article data-newsmark> … </article>
//   <script type="module" src="embed-auto.js"></script>
//
// `data-newsmark="manual"` leaves an element to a script of the page; `data-newsmark-layers`
// names the layers to mark ("speakers places quotes"). Fires `newsmark:ready` on the document
// when every element is done.

import { highlight } from './embed.js';

async function highlightAll() {
  for (const element of document.querySelectorAll('[data-newsmark]')) {
    if (element.dataset.newsmark === 'manual') continue;
    const layers = element.dataset.newsmarkLayers ? element.dataset.newsmarkLayers.split(/[\s,]+/) : undefined;
    await highlight(element, { layers });
  }
  document.dispatchEvent(new CustomEvent('newsmark:ready'));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', highlightAll, { once: true });
else highlightAll();
