import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { AppError, CommonReason } from '../common/app-error';

/** `@Authorized()` needs a signed-in user; `@Authorized('ADMIN')` one of the listed roles. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) throw new AppError('UNAUTHENTICATED', CommonReason.SIGN_IN_REQUIRED, 'You must be signed in to do this');
  if (roles.length > 0 && !roles.includes(context.user.role)) {
    throw new AppError('FORBIDDEN', CommonReason.ROLE_NOT_ALLOWED, 'Your role does not allow this');
  }
  return true;
};
