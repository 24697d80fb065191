// The concept, section by section, as an accordion (one open at a time). A section's "Show me"
// loads a preset from the default settings, rewinds and plays, and says what to watch; if the
// engine refuses the preset, the controls' notice explains why and nothing plays; `onShowMe`
// lets the page bring into view what the section says to watch. Sections the lab cannot show
// yet are text only.
import { useState } from 'react';
import type { LabSettingsInput } from '../../engine';
import { useLabApi } from '../../store/context';
import { LEARN_SECTIONS, preset, type LearnSection } from './sections';
import './explain.css';

export function LearnPanel({
  onShowMe,
}: {
  onShowMe?: () => void;
} = {}) {
  const api = useLabApi();
  const [shown, setShown] = useState<string | null>(null);

  const showMe = (id: string, patch: LabSettingsInput) => {
    api.getState().applySettings(preset(patch));
    const s = api.getState();
    if (s.notice !== null) {
      setShown(null);
      return;
    }
    s.rewind();
    s.play();
    setShown(id);
    onShowMe?.();
  };

  return (
    <div className="learn" data-testid="learn-panel">
      {LEARN_SECTIONS.map((section: LearnSection, i) => {
        const show = section.showMe;
        return (
          <details
            key={section.id}
            name="learn-sections"
            className="learn-section"
            open={i === 0}
            data-testid={`learn-${section.id}`}
          >
            <summary>{section.title}</summary>
            {section.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
            {section.points && (
              <ul>
                {section.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            {show && (
              <>
                <button
                  type="button"
                  className="learn-show"
                  onClick={() => showMe(section.id, show.patch)}
                  data-testid={`show-me-${section.id}`}
                  aria-label={`Show me: ${section.title}`}
                >
                  Show me
                </button>
                {/* Present from the start so screen readers announce the text when it appears. */}
                <p role="status" className="learn-watch">
                  {shown === section.id ? `Playing from the start. ${show.watch}` : ''}
                </p>
              </>
            )}
          </details>
        );
      })}
    </div>
  );
}
