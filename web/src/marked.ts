// Text with marks as DOM nodes: each run a text node, wrapped in <mark>/<span> by its marks.
import { el } from './dom.js';
import { runs, type MarkSpan } from './highlight.js';

const TAGS: Record<string, 'mark' | 'span'> = {
  evidence: 'mark',
  trigger: 'mark',
  selected: 'mark',
};

export function markedText(text: string, spans: MarkSpan[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const run of runs(text, spans)) {
    let node: Node = document.createTextNode(run.text);
    // Innermost first, so a trigger sits inside its evidence sentence.
    for (const mark of [...run.marks].sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))) {
      const wrapper = el(TAGS[mark] ?? 'span', { class: mark });
      wrapper.appendChild(node);
      node = wrapper;
    }
    fragment.appendChild(node);
  }
  return fragment;
}

const RANK = ['trigger', 'actor', 'evidence', 'selected'];
