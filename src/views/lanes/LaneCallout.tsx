// A few words over a lane plot's top-right corner, where no order can be (nothing arrives before it
// happens, so nothing lands above the diagonal): why the stream's window is still open, whose
// orders Spark rejected. Text, not canvas, so a screen reader and a test read the same words.

/**
 * `text` reads "Title: part · part": the title in bold on the first line, each part on its own
 * line below, so the note stays narrow enough for its corner.
 */
export function LaneCallout({
  text,
  top,
  color,
  testId,
}: {
  text: string;
  /** The plot's top edge (under the event-time labels), px. */
  top: number;
  /** The border's colour: the colour of what the note is about. */
  color: string;
  testId: string;
}) {
  const cut = text.indexOf(': ');
  const title = cut < 0 ? text : text.slice(0, cut + 1);
  const parts = cut < 0 ? [] : text.slice(cut + 2).split(' · ');
  return (
    <p className="lane-callout" data-testid={testId} style={{ top: top + 4, borderColor: color }}>
      <strong>{title}</strong>
      {parts.map((part) => (
        <span key={part} className="lane-callout-line">
          {' '}
          {part}
        </span>
      ))}
    </p>
  );
}
