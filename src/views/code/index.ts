// The code export panel, as the app mounts it.
export { CodePanel } from './CodePanel';
