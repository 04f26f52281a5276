// The coder with Spiral's own dictionaries wired in: what the pipeline and `npm run eval` use.
import { findActors, loadActorDictionary } from '../actors/index.js';
import { findPlaces } from '../places/index.js';
import { extractQuantities } from '../nlp/quantities.js';
import { resolveEventDate } from '../nlp/dates.js';
import { codeDocument, codeInChunks, type CoderDeps } from './coder.js';
import { loadPatterns } from './patterns.js';
import { parsedSubjects, sentenceParses } from './syntax.js';
import { loadModel } from './learned/model.js';
import { learnedTriggers, type LearnedTriggers } from './learned/propose.js';
import type { Coder, CoderOptions } from './types.js';

export type { Coder, CoderOptions, CodableDocument, CodedDocument } from './types.js';
export { DictionaryError } from './patterns.js';
export { ModelFileError } from './learned/model.js';

/**
 * `learned`: another source of learned triggers in place of the shipped model's (training uses
 * it to record the candidates the coder sees, learned/collect.ts).
 */
export function createCoder(options: CoderOptions = {}, learned?: LearnedTriggers): Coder {
  const imported = options.imported ?? true;
  const patterns = loadPatterns(options.dictionaries ?? [], { imported });
  const actors = loadActorDictionary([], { imported });
  const parseOf = sentenceParses();
  const deps: CoderDeps = {
    patterns,
    findActors: (text, date) => findActors(actors, text, date),
    findPlaces: (text) => findPlaces(text),
    extractQuantities: (sentence, docDate) =>
      extractQuantities(sentence, { docDate: docDate ?? undefined }),
    resolveDate: (sentence, docDate, tense) =>
      resolveEventDate(sentence, docDate, tense).date ?? docDate,
    // Without the parser (for comparison), roles come from word distance alone.
    ...((options.parser ?? true) ? { subjectsOf: parsedSubjects(parseOf), parseOf } : {}),
    ...(options.onDrop ? { onDrop: options.onDrop } : {}),
    ...(learned
      ? { learned }
      : (options.learned ?? true)
        ? { learned: learnedTriggers(loadModel(options.learnedModel), patterns.disabled) }
        : {}),
  };
  return {
    code: (doc) => codeDocument(doc, deps),
    chunks: (doc, chunkSentences) => codeInChunks(doc, deps, chunkSentences),
  };
}
