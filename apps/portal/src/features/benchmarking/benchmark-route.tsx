import { lazy, Suspense, useEffect, useState } from 'react';
import { Loading, useFormat } from '@polisee/ui';
import { useBenchmarkStrings } from './messages';

// The explorer itself, with Apollo Client and its charts (about 90 KB gzip).
const BenchmarkExplorer = lazy(async () => ({ default: (await import('./benchmark-page')).BenchmarkExplorer }));

/**
 * The benchmark pages' route: the heading and introduction paint as soon as the app's own
 * scripts and the locale's messages are in, as the home page does. The explorer is fetched after
 * that first paint, so that on a slow phone connection its scripts do not hold up the text; it
 * renders below them and names the region in the heading (the same heading element, so the
 * focus put on it by an in-app navigation stays).
 */
export function BenchmarkRoute() {
  const t = useBenchmarkStrings();
  const [painted, setPainted] = useState(false);
  const [heading, setHeading] = useState<string | null>(null);
  const format = useFormat();
  useEffect(() => {
    setPainted(true);
    // The explorer names countries in the page's language; the first name read loads the
    // locale's names into Intl, which is done here, while the explorer's scripts download,
    // rather than in the middle of rendering its answer.
    const warm = window.setTimeout(() => format.country('IT'), 0);
    return () => window.clearTimeout(warm);
  }, [format]);
  const loading = <Loading label={t.pickerLoading} />;
  return (
    <div className="container section benchmark">
      <h1>{heading ?? t.title}</h1>
      <p className="lead">{t.intro}</p>
      <Suspense fallback={loading}>{painted ? <BenchmarkExplorer onHeading={setHeading} /> : loading}</Suspense>
    </div>
  );
}
