import { useEffect } from 'react';

/** Sets the document title of a screen ("… · PoliSEE admin"). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · PoliSEE admin`;
  }, [title]);
}
