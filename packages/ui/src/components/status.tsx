import type { ReactNode } from 'react';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      {label}
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
export function LoadError({ title, message, retryLabel = 'Try again', onRetry }: { title?: string; message: ReactNode; retryLabel?: string; onRetry: () => void }) {
  return (
    <ErrorAlert title={title}>
      <p>{message}</p>
      <button type="button" className="button button--small" onClick={onRetry}>
        {retryLabel}
      </button>
    </ErrorAlert>
  );
}

export function DemoBadge({
  label = 'Demo data',
  title = "Plausible demonstration record, not the real partner's data",
}: {
  label?: string;
  title?: string;
}) {
  return (
    <span className="badge badge--demo" title={title}>
      {label}
    </span>
  );
}
