import { createBrowserRouter } from 'react-router';
import { PortalLayout } from '../features/layout/portal-layout';
import { HomePage } from '../features/home/home-page';
import { PartnershipPage } from '../features/partnership/partnership-page';
import { BenchmarkPage } from '../features/benchmarking/benchmark-page';
import { DevelopersPage } from '../features/developers/developers-page';
import { NotFoundPage } from '../features/layout/not-found-page';
import { PracticesPage } from '../features/practices/practices-page';
import { PracticePage } from '../features/practices/practice-page';

// Policy examples, training and foresight join as child routes (and entries in
// features/layout/navigation.ts) when they exist.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'partnership', element: <PartnershipPage /> },
      { path: 'benchmarking', element: <BenchmarkPage /> },
      { path: 'benchmarking/:regionCode', element: <BenchmarkPage /> },
      { path: 'practices', element: <PracticesPage /> },
      { path: 'practices/:slug', element: <PracticePage /> },
      { path: 'developers', element: <DevelopersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
