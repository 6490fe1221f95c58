/**
 * Splits a label into lines of about `maxChars` characters at spaces (a word longer than a line
 * stays whole), so that a chart shows the whole name instead of cutting it.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const LINE_HEIGHT = 12;

/** A right-aligned chart label centred on `y`, on as many lines as it needs (see `wrapLabel`). */
export function ChartLabel({ x, y, text, maxChars }: { x: number; y: number; text: string; maxChars: number }) {
  const lines = wrapLabel(text, maxChars);
  if (lines.length <= 1) {
    return (
      <text x={x} y={y + 4} textAnchor="end" className="chart__label">
        {text}
      </text>
    );
  }
  return (
    <text x={x} y={y + 4 - ((lines.length - 1) * LINE_HEIGHT) / 2} textAnchor="end" className="chart__label chart__label--small">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
