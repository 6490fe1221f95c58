import { createBrowserRouter } from 'react-router';
import { PortalLayout } from '../features/layout/portal-layout';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/layout/not-found-page';

// Each tool is its own chunk, fetched when its route is first visited, so the home page's
// first load carries only the layout and the home page; pages that query the API sit under the
// lazily loaded Apollo layout route. A page added here also goes into routes.ts, which tells
// the server which paths exist. `basename` is the locale prefix (`/it`), so paths here and in
// links never carry the locale.
export function createRouter(basename: string) {
  return createBrowserRouter(
    [
      {
        path: '/',
        element: <PortalLayout />,
        children: [
          { index: true, element: <HomePage /> },
          // The benchmark pages paint their heading before Apollo and the explorer load (benchmark-route.tsx).
          { path: 'benchmarking', lazy: async () => ({ Component: (await import('../features/benchmarking/benchmark-route')).BenchmarkRoute }) },
          {
            path: 'benchmarking/:regionCode',
            lazy: async () => ({ Component: (await import('../features/benchmarking/benchmark-route')).BenchmarkRoute }),
          },
          { path: 'glossary', lazy: async () => ({ Component: (await import('../features/glossary/glossary-page')).GlossaryPage }) },
          {
            lazy: async () => ({ Component: (await import('./apollo-outlet')).ApolloOutlet }),
            children: [
              { path: 'partnership', lazy: async () => ({ Component: (await import('../features/partnership/partnership-page')).PartnershipPage }) },
              { path: 'developers', lazy: async () => ({ Component: (await import('../features/developers/developers-page')).DevelopersPage }) },
              { path: 'practices', lazy: async () => ({ Component: (await import('../features/practices/practices-page')).PracticesPage }) },
              { path: 'practices/:slug', lazy: async () => ({ Component: (await import('../features/practices/practice-page')).PracticePage }) },
              { path: 'pilots', lazy: async () => ({ Component: (await import('../features/cycles/pilots-page')).PilotsPage }) },
              { path: 'cycles', lazy: async () => ({ Component: (await import('../features/cycles/cycles-page')).CyclesPage }) },
              { path: 'foresight', lazy: async () => ({ Component: (await import('../features/foresight/foresight-list-page')).ForesightListPage }) },
              { path: 'foresight/answer/:token', lazy: async () => ({ Component: (await import('../features/foresight/panel-page')).PanelPage }) },
              { path: 'foresight/:exerciseId', lazy: async () => ({ Component: (await import('../features/foresight/foresight-results-page')).ForesightResultsPage }) },
              {
                path: 'foresight/:exerciseId/scenarios',
                lazy: async () => ({ Component: (await import('../features/foresight/foresight-scenarios-page')).ForesightScenariosPage }),
              },
              { path: 'cycles/:id', lazy: async () => ({ Component: (await import('../features/cycles/cycle-story-page')).CycleStoryPage }) },
              { path: 'training', lazy: async () => ({ Component: (await import('../features/training/catalogue-page')).TrainingCataloguePage }) },
              {
                path: 'training/modules/:moduleSlug',
                lazy: async () => ({ Component: (await import('../features/training/module-page')).TrainingModulePage }),
              },
              { path: 'training/dashboard', lazy: async () => ({ Component: (await import('../features/training/dashboard-page')).TrainingDashboardPage }) },
              { path: 'training/sign-in', lazy: async () => ({ Component: (await import('../features/training/account-pages')).TrainingSignInPage }) },
              { path: 'training/register', lazy: async () => ({ Component: (await import('../features/training/account-pages')).TrainingRegisterPage }) },
              { path: 'training/confirm', lazy: async () => ({ Component: (await import('../features/training/account-pages')).TrainingConfirmPage }) },
              { path: 'training/verify', lazy: async () => ({ Component: (await import('../features/training/verify-page')).CertificateVerifyPage }) },
              { path: 'training/verify/:code', lazy: async () => ({ Component: (await import('../features/training/verify-page')).CertificateVerifyPage }) },
              {
                path: 'training/self-assessment',
                lazy: async () => ({ Component: (await import('../features/training/self-assessment-page')).SelfAssessmentPage }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename },
  );
}
