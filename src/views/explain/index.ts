// Live explanations per lane, and the guided walk through the concept.
export { ExplainPanel, LaneExplanation } from './ExplainPanel';
export { LearnPanel } from './LearnPanel';
