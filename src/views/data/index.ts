// Events in and out (export buttons, import with a worker), as the app mounts it.
export { DataPanel } from './DataPanel';
