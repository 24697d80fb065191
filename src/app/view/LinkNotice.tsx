// One dismissible notice for a link the page could not fully use: which parameters were
// ignored, with what value, and why. The rest of the link has been applied, so the page works.
import { useView } from './context';

const SHOWN = 12;

export function LinkNotice() {
  const ignored = useView((s) => s.ignored);
  const dismiss = useView((s) => s.dismissIgnored);
  if (ignored.length === 0) return null;
  const rest = ignored.length - SHOWN;
  return (
    <div role="alert" className="link-notice" data-testid="link-notice">
      <p>
        <strong>
          This link had {ignored.length === 1 ? 'a parameter' : `${ignored.length} parameters`} the
          lab could not use, so {ignored.length === 1 ? 'it was' : 'they were'} left at the default:
        </strong>
      </p>
      <ul>
        {ignored.slice(0, SHOWN).map((i, n) => (
          <li key={n}>
            <code>{i.param || '(no name)'}</code>
            {i.value !== '' && (
              <>
                {' = '}
                <code>{i.value}</code>
              </>
            )}
            : {i.reason}
          </li>
        ))}
        {rest > 0 && <li>and {rest} more.</li>}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
