// The classroom presets' ids, apart from their content, so the link codec can check a `preset`
// parameter without loading every scenario. Ids are part of links: never rename one.
export const PRESET_IDS = [
  'on-time',
  'stragglers',
  'offline',
  'flash-sale',
  'watermark',
  'spark-example',
  'crash',
  'backfill',
  'empty-window',
] as const;

export type PresetId = (typeof PRESET_IDS)[number];
