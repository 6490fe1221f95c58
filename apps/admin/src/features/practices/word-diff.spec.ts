import { wordDiff, type DiffPart } from './word-diff';

/** The parts as text with [-removed-] / {+added+} marks. */
const show = (parts: DiffPart[], mark: [string, string]) => parts.map((p) => (p.changed ? `${mark[0]}${p.text}${mark[1]}` : p.text)).join('');

describe('wordDiff', () => {
  it('marks the words removed from the published text and the words the revision adds', () => {
    const d = wordDiff('Vouchers for small firms to buy research services.', 'Vouchers for micro and small firms to buy design services.');
    expect(show(d.before, ['[-', '-]'])).toBe('Vouchers for small firms to buy [-research-] services.');
    expect(show(d.after, ['{+', '+}'])).toBe('Vouchers for {+micro and+} small firms to buy {+design+} services.');
  });

  it('keeps each side’s text whole', () => {
    const before = 'One two  three\nfour';
    const after = 'One three\nfour five';
    const d = wordDiff(before, after);
    expect(d.before.map((p) => p.text).join('')).toBe(before);
    expect(d.after.map((p) => p.text).join('')).toBe(after);
  });

  it('marks nothing for equal texts, everything for an emptied or a new one', () => {
    expect(wordDiff('same words', 'same words')).toEqual({ before: [{ text: 'same words', changed: false }], after: [{ text: 'same words', changed: false }] });
    expect(wordDiff('', 'new text')).toEqual({ before: [], after: [{ text: 'new text', changed: true }] });
    expect(wordDiff('old text', '')).toEqual({ before: [{ text: 'old text', changed: true }], after: [] });
  });

  it('falls back to marking the whole changed middle of very long texts', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const d = wordDiff(`start ${a} end`, `start ${b} end`);
    expect(d.before.map((p) => p.changed)).toEqual([false, true, false]);
    expect(d.after[1]!.text).toBe(b);
  });

  it('treats punctuation apart from words, and accented words as words', () => {
    const d = wordDiff('Firmele de mobilă, 8.000 de euro.', 'Firmele de mobilă și design, 10.000 de euro.');
    expect(show(d.before, ['[-', '-]'])).toBe('Firmele de mobilă, [-8-].000 de euro.');
    expect(show(d.after, ['{+', '+}'])).toBe('Firmele de mobilă {+și design+}, {+10+}.000 de euro.');
  });
});
