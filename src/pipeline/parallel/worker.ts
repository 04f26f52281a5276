// A coding worker: builds the coder once (it loads every dictionary), then codes the documents
// the writer sends and runs the steps' store-free preparation. It never touches the store.
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../../coding/index.js';
import { readOnly } from '../../nlp/analyse.js';
import type { CodeJob, WorkerMessage, WorkerSetup } from './protocol.js';
import { packCoded } from './pack.js';
import { prepareDocument } from './steps.js';

const port = parentPort;
if (!port) throw new Error('the coding worker runs as a worker thread');
const setup = workerData as WorkerSetup;
const send = (message: WorkerMessage): void => port.postMessage(message);

let coder: ReturnType<typeof createCoder> | null = null;
try {
  coder = createCoder({ dictionaries: setup.dictionaries });
  send({ kind: 'ready' });
} catch (err) {
  send({ kind: 'fatal', message: err instanceof Error ? err.message : String(err) });
}

port.on('message', (job: CodeJob) => {
  if (!coder) return;
  const { seq, doc, observe, prepare } = job;
  // The documents coded before this one elsewhere, read as the coder reads them: the NLP
  // library's memory of unknown words is then what it is in a one-worker run (`history.ts`).
  for (const text of observe) {
    try {
      readOnly(text);
    } catch {
      // The coder meets the same failure on the text where it was coded.
    }
  }
  try {
    const coded = coder.code({ id: doc.id, text: doc.text, published: doc.published });
    const prepared = prepareDocument(prepare, doc);
    send({ kind: 'coded', seq, coded: packCoded(coded, doc.text), prepared });
  } catch (err) {
    send({ kind: 'failed', seq, message: err instanceof Error ? err.message : String(err) });
  }
});
