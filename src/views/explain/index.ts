// Live explanations per lane. The guided lessons (LearnPanel) are imported from their own file,
// lazily, so their long texts stay out of the initial download.
export { ExplainPanel, LaneExplanation } from './ExplainPanel';
