// The lanes as data tables (mounted under the play area).
export { LaneTables } from './LaneTables';
