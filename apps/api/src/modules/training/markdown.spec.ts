import { sanitiseMarkdown } from './markdown';

describe('sanitiseMarkdown', () => {
  it.each([
    ['**Bold** and <script>alert(1)</script> text', '**Bold** and alert(1) text'],
    ['<img src=x onerror=alert(1)>Hello', 'Hello'],
    ['[click](javascript:alert(1)) and [ok](/benchmarking)', '[click](#) and [ok](/benchmarking)'],
    ['a <!-- hidden --> b', 'a  b'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
  ])('%s', (input, out) => {
    expect(sanitiseMarkdown(input)).toBe(out);
  });
});
