// The overview's drawing code (Observable Plot and the bundled world outlines, most of the
// dashboard's script), loaded apart: the overview's page asks the API for its data first and
// loads this while the server answers.
export { drawDyads, drawTimeline, markSpikes } from './charts.js';
export { drawMap } from './map.js';
