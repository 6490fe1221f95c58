import { useEffect, useState } from 'react';
import { useLingui } from '@lingui/react/macro';

/** Copies `text` to the clipboard and says so for screen readers. */
export function CopyButton({ text, label, className = 'button button--secondary button--small' }: {
  text: string;
  label?: string;
  className?: string;
}) {
  const { t } = useLingui();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <>
      <button type="button" className={className} onClick={() => void copy()}>
        {state === 'copied' ? t`Copied` : (label ?? t`Copy`)}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? t`Copied to the clipboard` : state === 'failed' ? t`Copy failed; select the text and copy it` : ''}
      </span>
    </>
  );
}
