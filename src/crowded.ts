// The crowded-lane chunk: the layout and the drawing of lanes with more events in view than rows can label.
// Loaded when a lane first needs it, so pages with a few dozen events never download it.
export { crowdedLane } from './layout/crowded-lane.js';
export { countList, countShape, renderBadge } from './views/crowded-marks.js';
