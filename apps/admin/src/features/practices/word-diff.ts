/**
 * Word-level diff of two texts for the revision diff: the published text with the words the
 * revision removes marked, and the revision with the words it adds marked. Words, whitespace and
 * punctuation are tokens; the longest common subsequence of the tokens stays
 * unmarked. The common start and end are cut first (an edit usually touches a few words), and a
 * remaining middle too large for the quadratic table is marked whole.
 */
export interface DiffPart {
  text: string;
  changed: boolean;
}

export interface WordDiff {
  before: DiffPart[];
  after: DiffPart[];
}

const MAX_CELLS = 4_000_000;

/** Words, runs of whitespace and runs of punctuation (so a changed comma leaves its word alone). */
const tokens = (s: string) => s.match(/[\p{L}\p{N}\p{M}]+|\s+|[^\p{L}\p{N}\p{M}\s]+/gu) ?? [];

/** Appends, merging with the previous part of the same kind. */
function push(parts: DiffPart[], text: string, changed: boolean) {
  const last = parts[parts.length - 1];
  if (last && last.changed === changed) last.text += text;
  else parts.push({ text, changed });
}

/** Whitespace between two changed words reads as part of the change. */
function absorbSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((p, i) => {
    const prev = parts[i - 1];
    const next = parts[i + 1];
    const spaceBetweenChanges = !p.changed && /^\s+$/.test(p.text) && prev?.changed && next?.changed;
    push(out, p.text, p.changed || Boolean(spaceBetweenChanges));
  });
  // A change's outer whitespace belongs to the unchanged text around it.
  const trimmed: DiffPart[] = [];
  for (const p of out) {
    if (!p.changed) {
      push(trimmed, p.text, false);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text) ?? [];
    if (lead) push(trimmed, lead, false);
    if (core) push(trimmed, core, true);
    if (trail) push(trimmed, trail, false);
  }
  return trimmed;
}

export function wordDiff(before: string, after: string): WordDiff {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const before_: DiffPart[] = [];
  const after_: DiffPart[] = [];
  const head = a.slice(0, start).join('');
  if (head) {
    push(before_, head, false);
    push(after_, head, false);
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    if (n) push(before_, midA.join(''), true);
    if (m) push(after_, midB.join(''), true);
  } else {
    // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..].
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = midA[i] === midB[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(before_, midA[i]!, false);
        push(after_, midB[j]!, false);
        i++;
        j++;
      } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
        push(before_, midA[i++]!, true);
      } else {
        push(after_, midB[j++]!, true);
      }
    }
    while (i < n) push(before_, midA[i++]!, true);
    while (j < m) push(after_, midB[j++]!, true);
  }
  const tail = a.slice(endA).join('');
  if (tail) {
    push(before_, tail, false);
    push(after_, tail, false);
  }
  return { before: absorbSpaces(before_), after: absorbSpaces(after_) };
}
