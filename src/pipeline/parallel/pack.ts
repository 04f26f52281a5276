// A coded document crosses from a worker to the writer by structured clone, and most of what it
// carried was text the writer already holds: each sentence's text, and each mention's evidence
// sentence and trigger words again (coded content serialised to about 5x its document's size).
// Texts that are exactly their offsets' slice of the document travel empty and are sliced back.
import type { CodedDocument } from '../../coding/types.js';

interface Spanned {
  start: number;
  end: number;
  text: string;
}

/** Empties `span.text` when it is the document's slice at its offsets. */
function drop(span: Spanned, text: string): void {
  if (span.text !== '' && span.text === text.slice(span.start, span.end)) span.text = '';
}

/** Fills an emptied `span.text` from the document (an empty span slices to empty anyway). */
function fill(span: Spanned, text: string): void {
  if (span.text === '') span.text = text.slice(span.start, span.end);
}

/** Every text of a coded document that has offsets into the document: what may travel empty. */
function eachSpan(coded: CodedDocument, visit: (span: Spanned) => void): void {
  for (const s of coded.sentences) visit(s);
  for (const m of coded.mentions) {
    visit(m.evidence);
    visit(m.trigger);
  }
}

/** The coded document without the texts `unpackCoded` restores from `text`. Changes `coded`. */
export function packCoded(coded: CodedDocument, text: string): CodedDocument {
  eachSpan(coded, (span) => drop(span, text));
  return coded;
}

/** The coded document `packCoded` was given, from what it sent and the document's text. */
export function unpackCoded(packed: CodedDocument, text: string): CodedDocument {
  eachSpan(packed, (span) => fill(span, text));
  return packed;
}
