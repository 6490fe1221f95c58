import { createBrowserRouter } from 'react-router';
import { PortalLayout } from '../features/layout/portal-layout';
import { HomePage } from '../features/home/home-page';
import { PartnershipPage } from '../features/partnership/partnership-page';
import { NotFoundPage } from '../features/layout/not-found-page';

// Policy examples, training and foresight join as child routes (and entries in
// features/layout/navigation.ts) when they exist. `basename` is the locale prefix (`/it`),
// so paths here and in links never carry the locale.
// The explorer and the API guide are the heaviest pages: loaded when first visited, so the
// home page's first load carries neither.
const benchmarkPage = async () => ({ Component: (await import('../features/benchmarking/benchmark-page')).BenchmarkPage });

export function createRouter(basename: string) {
  return createBrowserRouter(
    [
      {
        path: '/',
        element: <PortalLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'partnership', element: <PartnershipPage /> },
          { path: 'benchmarking', lazy: benchmarkPage },
          { path: 'benchmarking/:regionCode', lazy: benchmarkPage },
          { path: 'developers', lazy: async () => ({ Component: (await import('../features/developers/developers-page')).DevelopersPage }) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename },
  );
}
