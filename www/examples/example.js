// The example's "Remove highlights" button: unhighlight and highlight again.
import { highlight, unhighlight } from '../embed.js';

const story = document.getElementById('story');
const toggle = document.getElementById('toggle');
toggle.addEventListener('click', async () => {
  if (story.dataset.newsmarkState === 'done') {
    unhighlight(story);
    toggle.textContent = 'Highlight again';
  } else {
    await highlight(story);
    toggle.textContent = 'Remove highlights';
  }
});
