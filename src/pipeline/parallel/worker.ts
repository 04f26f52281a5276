// A coding worker: builds the coder once (it loads every dictionary), then codes the documents
// the writer sends and runs the steps' store-free preparation. It never touches the store.
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../../coding/index.js';
import type { CodeJob, WorkerMessage, WorkerSetup } from './protocol.js';
import { prepareDocument } from './steps.js';

const port = parentPort;
if (!port) throw new Error('the coding worker runs as a worker thread');
const setup = workerData as WorkerSetup;
const send = (message: WorkerMessage): void => port.postMessage(message);

// A one-sentence document, coded once at start: the coder loads some of its data on first use,
// and this way a worker's whole start-up cost is paid (and reported) before it takes documents.
const WARM_UP = {
  id: 'warm-up',
  text: 'The foreign minister met his counterpart in the capital on Monday.',
  published: null,
};

let coder: ReturnType<typeof createCoder> | null = null;
try {
  coder = createCoder({ dictionaries: setup.dictionaries });
  coder.code(WARM_UP);
  send({ kind: 'ready' });
} catch (err) {
  send({ kind: 'fatal', message: err instanceof Error ? err.message : String(err) });
}

port.on('message', (job: CodeJob) => {
  if (!coder) return;
  const { seq, doc } = job;
  try {
    const coded = coder.code({ id: doc.id, text: doc.text, published: doc.published });
    send({ kind: 'coded', seq, coded, prepared: prepareDocument(setup.prepare, doc) });
  } catch (err) {
    send({ kind: 'failed', seq, message: err instanceof Error ? err.message : String(err) });
  }
});
