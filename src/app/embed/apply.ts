// What a host's message does to the lab: play, pause, seek or a new scenario. Anything
// parseHostMessage refuses does nothing at all (not even a pause), so a host page, a browser
// extension or another script posting into the frame cannot disturb the picture.
import type { LabSettingsInput } from '../../engine';
import type { LabStore } from '../../store/labStore';
import { parseLabUrl } from '../url/codec';
import { parseHostMessage, type HostMessage } from './messages';

/** Carries out a message already read by parseHostMessage. */
export function applyHostMessage(lab: LabStore, message: HostMessage, onStart: () => void): void {
  const s = lab.getState();
  switch (message.type) {
    case 'play':
      onStart();
      return s.play();
    case 'pause':
      return s.pause();
    case 'seek':
      return s.seek(message.t);
    case 'setScenario': {
      if ('query' in message) {
        const { state } = parseLabUrl(message.query);
        s.pause();
        s.applySettings(state.settings);
        lab.getState().seek(state.playhead ?? lab.getState().warp.from);
        return;
      }
      // The engine refuses bad settings with a notice; a shape it cannot even read is dropped.
      try {
        s.applySettings(message.settings as LabSettingsInput);
      } catch {
        return;
      }
    }
  }
}

/** Reads `data` as a host message and carries it out; false (and nothing done) when it is none. */
export function handleHostData(lab: LabStore, data: unknown, onStart: () => void): boolean {
  const message = parseHostMessage(data);
  if (message === null) return false;
  applyHostMessage(lab, message, onStart);
  return true;
}
