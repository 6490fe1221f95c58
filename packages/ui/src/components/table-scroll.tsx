import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * The scroll container of a wide table: on a phone the table scrolls sideways inside it, never
 * the page. It is a labelled region in the tab order, so keyboard users can scroll it too (axe
 * `scrollable-region-focusable`). Its name is the table's caption (given an id if it has none),
 * or `label` for a table without one.
 */
export function TableScroll({ children, label, busy, className }: { children: ReactNode; label?: string; busy?: boolean; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const fallbackId = useId();
  useLayoutEffect(() => {
    const region = ref.current;
    const caption = region?.querySelector('caption');
    if (!region || !caption || label) return;
    if (!caption.id) caption.id = `${fallbackId}caption`;
    region.setAttribute('aria-labelledby', caption.id);
  });
  return (
    <div ref={ref} className={className ? `table-wrapper ${className}` : 'table-wrapper'} role="region" tabIndex={0} aria-label={label} aria-busy={busy || undefined}>
      {children}
    </div>
  );
}
