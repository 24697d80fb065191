// The play area's public face: the lead mounts <LanesPanel /> inside a LabProvider.
export { LanesPanel } from './LanesPanel';
