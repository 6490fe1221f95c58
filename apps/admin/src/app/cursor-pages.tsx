import { useState } from 'react';

/**
 * Relay forward paging with a way back: the cursors of the pages visited so far (the last is the
 * current page's `after`), kept per query key, so any change of filter, order or page size
 * starts again at the first page.
 */
export function useCursorPages(queryKey: string) {
  const [paging, setPaging] = useState<{ key: string; cursors: Array<string | null> }>({ key: queryKey, cursors: [null] });
  const cursors = paging.key === queryKey ? paging.cursors : [null];
  return {
    after: cursors[cursors.length - 1] ?? null,
    /** 1-based number of the current page. */
    page: cursors.length,
    back: () => setPaging({ key: queryKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
    forward: (endCursor: string | null | undefined) => {
      if (endCursor) setPaging({ key: queryKey, cursors: [...cursors, endCursor] });
    },
  };
}

export function PagerButtons({
  pages,
  pageInfo,
  loading,
  previousLabel,
  nextLabel,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  loading: boolean;
  previousLabel: string;
  nextLabel: string;
}) {
  return (
    <>
      <button type="button" className="button button--secondary button--small" disabled={pages.page <= 1 || loading} onClick={pages.back}>
        {previousLabel}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!pageInfo.hasNextPage || !pageInfo.endCursor || loading}
        onClick={() => pages.forward(pageInfo.endCursor)}
      >
        {nextLabel}
      </button>
    </>
  );
}
