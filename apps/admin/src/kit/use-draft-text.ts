import { useEffect, useRef, useState } from 'react';

/**
 * A text box that writes to the URL once typing pauses: the box shows the draft at once, the
 * committed value follows after `delayMs`. A change of the committed value from elsewhere (Clear
 * filters, back/forward) replaces the draft.
 */
export function useDraftText(committed: string, commit: (text: string) => void, delayMs = 300): [string, (text: string) => void] {
  const [draft, setDraft] = useState(committed);
  const timer = useRef<number | undefined>(undefined);
  const lastCommitted = useRef(committed);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  useEffect(() => {
    if (committed !== lastCommitted.current) {
      lastCommitted.current = committed;
      if (committed.trim() !== draft.trim()) setDraft(committed);
    }
  }, [committed, draft]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function change(text: string) {
    setDraft(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      lastCommitted.current = text.trim();
      commitRef.current(text);
    }, delayMs);
  }
  return [draft, change];
}
