// Pieces other branches build, mounted by the embed when a link asks for them. The sampling panel
// is being built elsewhere: until it is registered here, `panel=sampling` shows a placeholder in
// the region the panel will fill (id `sampling-panel`), so links made today keep working.
import type { ComponentType } from 'react';

/** The sampling panel's component, once it exists (`EMBED_SLOTS.sampling = SamplingPanel`). */
export const EMBED_SLOTS: { sampling: ComponentType | null } = { sampling: null };

export function SamplingSlot() {
  const Panel = EMBED_SLOTS.sampling;
  return (
    <div id="sampling-panel" className="embed-slot" data-testid="sampling-slot">
      {Panel ? <Panel /> : <p>The sampling panel is not part of this build yet.</p>}
    </div>
  );
}
