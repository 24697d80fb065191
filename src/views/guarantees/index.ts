// The failures-and-guarantees panel, as the app mounts it (lazily).
export { GuaranteesPanel } from './GuaranteesPanel';
