import { useEffect } from 'react';

/** Sets the page's document title (`Partnership · PoliSEE`); pass an already translated string. */
export function useDocumentTitle(title: string | null | undefined, suffix = productName): void {
  useEffect(() => {
    if (title) document.title = `${title} · ${suffix}`;
  }, [title, suffix]);
}

/** The product's name: a proper noun, the same in every language. */
export const productName = 'PoliSEE';
