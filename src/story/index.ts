// Story mode, a chunk of its own: loaded when a page turns it on or a reader asks for the story.
export { StoryController, type StepDetail } from './story-controller.js';
export { renderStoryPanel, storyStyles } from './story-panel.js';
export { storySteps } from './steps.js';
