// Side-effect module: importing it adds copy detection to the ingest pipeline's document hooks.
import { documentHooks } from '../pipeline/hooks.js';
import { linkDocument } from './index.js';

if (!documentHooks.includes(linkDocument)) documentHooks.push(linkDocument);
