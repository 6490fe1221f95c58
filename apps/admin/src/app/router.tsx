import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from './session';
import { AdminLayout } from '../features/layout/admin-layout';
import { SignInPage } from '../features/auth/sign-in-page';
import { AcceptInvitationPage } from '../features/auth/accept-invitation-page';
import { PartnerListPage } from '../features/partners/partner-list-page';
import { PartnerFormPage } from '../features/partners/partner-form-page';
import { IndicatorListPage } from '../features/indicators/indicator-list-page';
import { IndicatorFormPage } from '../features/indicators/indicator-form-page';
import { DataPage } from '../features/data/data-page';
import { UserListPage } from '../features/users/user-list-page';
import { AuditLogPage } from '../features/audit/audit-log-page';
import { CycleBoardPage } from '../features/cycles/cycle-board-page';
import { CyclePage } from '../features/cycles/cycle-page';
import { NotFoundPage } from '../features/layout/not-found-page';

// One route per screen; later features (pilot actions, moderation) add a child
// route here and an entry in features/layout/navigation.ts. `basename` is `/admin` plus the
// locale prefix (`/admin/ro`), so paths here and in links never carry the locale.
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
        { path: 'partners', element: <PartnerListPage /> },
        { path: 'partners/new', element: <PartnerFormPage /> },
        { path: 'partners/:id/edit', element: <PartnerFormPage /> },
        { path: 'users', element: <UserListPage /> },
        { path: 'indicators', element: <IndicatorListPage /> },
        { path: 'indicators/new', element: <IndicatorFormPage /> },
        { path: 'indicators/:code/edit', element: <IndicatorFormPage /> },
        { path: 'data', element: <DataPage /> },
        { path: 'audit', element: <AuditLogPage /> },
        { path: 'cycles', element: <CycleBoardPage /> },
        { path: 'cycles/:id', element: <CyclePage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename },
  );
