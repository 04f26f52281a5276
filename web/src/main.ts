// One page, three views chosen by the path: the overview, an event, a document.
import './style.css';
import { el } from './dom.js';
import { renderDocument } from './document-page.js';
import { renderEvent } from './event-page.js';
import { renderOverview } from './overview.js';

async function route(root: HTMLElement): Promise<void> {
  const path = location.pathname;
  const event = /^\/events\/([^/]+)$/.exec(path);
  const doc = /^\/documents\/([^/]+)$/.exec(path);
  if (event) return renderEvent(root, decodeURIComponent(event[1]!));
  if (doc) {
    const selected = new URLSearchParams(location.search).get('event');
    return renderDocument(root, decodeURIComponent(doc[1]!), selected);
  }
  return renderOverview(root);
}

const root = document.getElementById('app')!;
route(root)
  .then(() => {
    if (!root.hasAttribute('data-ready')) root.setAttribute('data-ready', 'true');
  })
  .catch((err: Error) => {
    root.appendChild(el('p', { class: 'status error' }, `Could not load: ${err.message}`));
    root.setAttribute('data-ready', 'error');
  });
