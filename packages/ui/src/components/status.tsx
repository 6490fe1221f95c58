import type { ReactNode } from 'react';
import { useLingui } from '@lingui/react/macro';

export function Loading({ label }: { label?: string }) {
  const { t } = useLingui();
  return (
    <div className="loading" role="status" aria-live="polite">
      {label ?? t`Loading…`}
    </div>
  );
}

export function ErrorAlert({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="alert alert--error" role="alert">
      {title ? <strong className="alert__title">{title}</strong> : null}
      {children}
    </div>
  );
}

/** A query that failed: its message and a way to try again. */
export function LoadError({ title, message, retryLabel, onRetry }: { title?: string; message: ReactNode; retryLabel?: string; onRetry: () => void }) {
  const { t } = useLingui();
  return (
    <ErrorAlert title={title}>
      <p>{message}</p>
      <button type="button" className="button button--small" onClick={onRetry}>
        {retryLabel ?? t`Try again`}
      </button>
    </ErrorAlert>
  );
}

export function DemoBadge({ label, title }: { label?: string; title?: string }) {
  const { t } = useLingui();
  return (
    <span className="badge badge--demo" title={title ?? t`Plausible demonstration record, not real data`}>
      {label ?? t`Demo data`}
    </span>
  );
}
