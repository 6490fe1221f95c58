import { useEffect } from 'react';

function upsert(selector: string, create: () => HTMLElement, set: (el: HTMLElement) => void) {
  let el = document.head.querySelector<HTMLElement>(selector);
  if (!el) {
    el = create();
    document.head.appendChild(el);
  }
  set(el);
}

/** The page's own title, description meta and canonical URL (absolute, without query noise). */
export function usePageMeta(meta: { title: string; description: string; canonicalPath: string }) {
  useEffect(() => {
    document.title = meta.title;
    upsert(
      'meta[name="description"]',
      () => Object.assign(document.createElement('meta'), { name: 'description' }),
      (el) => el.setAttribute('content', meta.description),
    );
    upsert(
      'link[rel="canonical"]',
      () => Object.assign(document.createElement('link'), { rel: 'canonical' }),
      (el) => el.setAttribute('href', new URL(meta.canonicalPath, window.location.origin).href),
    );
  }, [meta.title, meta.description, meta.canonicalPath]);
}
