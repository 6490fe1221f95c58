import { useEffect } from 'react';

/** Sets the document title of a page ("… · PoliSEE"). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · PoliSEE`;
  }, [title]);
}
