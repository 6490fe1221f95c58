import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from './session';
import { AdminLayout } from '../features/layout/admin-layout';
import { SignInPage } from '../features/auth/sign-in-page';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { NotFoundPage } from '../features/layout/not-found-page';

// One route per screen; later features (pilot actions, moderation) add a child
// route here and an entry in features/layout/navigation.ts. `basename` is `/admin` plus the
// locale prefix (`/admin/ro`), so paths here and in links never carry the locale. Screens load
// on demand (each route is its own chunk), so the table, form and combobox libraries stay out of
// the first load.
export const createRouter = (basename: string) =>
  createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage /> },
    { path: '/accept-invitation', element: <AcceptInvitationPage /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AdminLayout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <Navigate to="/partners" replace /> },
        { path: 'partners', lazy: async () => ({ Component: (await import('../features/partners/partner-list-page')).PartnerListPage }) },
        { path: 'partners/new', lazy: async () => ({ Component: (await import('../features/partners/partner-form-page')).PartnerFormPage }) },
        { path: 'partners/:id/edit', lazy: async () => ({ Component: (await import('../features/partners/partner-form-page')).PartnerFormPage }) },
        { path: 'users', lazy: async () => ({ Component: (await import('../features/users/user-list-page')).UserListPage }) },
        { path: 'indicators', lazy: async () => ({ Component: (await import('../features/indicators/indicator-list-page')).IndicatorListPage }) },
        { path: 'indicators/new', lazy: async () => ({ Component: (await import('../features/indicators/indicator-form-page')).IndicatorFormPage }) },
        { path: 'indicators/:code/edit', lazy: async () => ({ Component: (await import('../features/indicators/indicator-form-page')).IndicatorFormPage }) },
        { path: 'data', lazy: async () => ({ Component: (await import('../features/data/data-page')).DataPage }) },
        { path: 'audit', lazy: async () => ({ Component: (await import('../features/audit/audit-log-page')).AuditLogPage }) },
        { path: 'cycles', lazy: async () => ({ Component: (await import('../features/cycles/cycle-board-page')).CycleBoardPage }) },
        { path: 'cycles/:id', lazy: async () => ({ Component: (await import('../features/cycles/cycle-page')).CyclePage }) },
        { path: 'practices', lazy: async () => ({ Component: (await import('../features/practices/practice-list-page')).PracticeListPage }) },
        { path: 'practices/new', lazy: async () => ({ Component: (await import('../features/practices/practice-editor-page')).PracticeEditorPage }) },
        { path: 'practices/:id', lazy: async () => ({ Component: (await import('../features/practices/practice-editor-page')).PracticeEditorPage }) },
        { path: 'training', lazy: async () => ({ Component: (await import('../features/training/training-list-page')).TrainingListPage }) },
        { path: 'training/:id', lazy: async () => ({ Component: (await import('../features/training/training-module-page')).TrainingModulePage }) },
        { path: 'foresight', lazy: async () => ({ Component: (await import('../features/foresight/foresight-list-page')).ForesightListPage }) },
        { path: 'foresight/:id', lazy: async () => ({ Component: (await import('../features/foresight/foresight-console-page')).ForesightConsolePage }) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename },
  );
