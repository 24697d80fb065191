// A few words over a lane plot's top-right corner, where no order can be (nothing arrives before it
// happens, so nothing lands above the diagonal): why the stream's window is still open, whose
// orders Spark rejected. Text, not canvas, so a screen reader and a test read the same words.
// Where the corner is too small (large presenter text on a small lane), only the title shows, or
// nothing: the note never covers a mark.
import { fitsCorner, noteSize, type MarkReach } from '../../geometry/corner';
import type { LaneGeometry } from '../../geometry/lanePlot';
import { textWidth } from './measure';

/**
 * `text` reads "Title: part · part": the title in bold on the first line, each part on its own
 * line below, so the note stays narrow enough for its corner.
 */
export function LaneCallout({
  text,
  geo,
  marks,
  color,
  testId,
}: {
  text: string;
  geo: LaneGeometry;
  /** The lane's marks that reach above the diagonal (window boxes, badges), in px. */
  marks: readonly MarkReach[];
  /** The border's colour: the colour of what the note is about. */
  color: string;
  testId: string;
}) {
  const cut = text.indexOf(': ');
  const title = cut < 0 ? text : text.slice(0, cut + 1);
  const parts = cut < 0 ? [] : text.slice(cut + 2).split(' · ');
  // As lanes.css sizes .lane-callout: at most 55% of the plot and 17 em wide.
  const maxWidth = Math.min(0.55 * geo.width, 17 * geo.font);
  const fits = (lines: string[]) =>
    fitsCorner(
      noteSize(lines, geo.font, maxWidth, (t, i) => textWidth(t, geo.font, i === 0)),
      geo,
      geo.x,
      geo.y,
      marks,
    );
  const shown = fits([title, ...parts]) ? parts : fits([title]) ? [] : null;
  if (shown === null) return null;
  return (
    <p
      className="lane-callout"
      data-testid={testId}
      style={{ top: geo.top + 4, right: geo.width - geo.right + 4, borderColor: color }}
    >
      <strong>{shown.length > 0 ? title : title.replace(/:$/, '')}</strong>
      {shown.map((part) => (
        <span key={part} className="lane-callout-line">
          {' '}
          {part}
        </span>
      ))}
    </p>
  );
}
