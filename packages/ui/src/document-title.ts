import { useEffect } from 'react';

/**
 * Sets the tab title for the page on screen (the server sends the first one in the HTML; this
 * keeps it right as the visitor navigates inside the app). `null` leaves the current title.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
