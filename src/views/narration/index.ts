// The live narration of firings for screen-reader users (mount once, in App).
export { Narrator } from './Narrator';
