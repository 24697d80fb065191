// The keyboard help: a modal <dialog> (the browser traps focus in it and closes it on Esc),
// listing every shortcut. Opened with ? or the Help button; focus returns where it was.
import { useEffect, useRef } from 'react';
import { useView } from '../view/context';
import { SHORTCUTS } from './keys';

export function HelpDialog() {
  const open = useView((s) => s.helpOpen);
  const setOpen = useView((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="cls-help"
      aria-labelledby="cls-help-title"
      data-testid="help-dialog"
      onClose={() => setOpen(false)}
    >
      <h2 id="cls-help-title">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
