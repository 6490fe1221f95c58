import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { AppError } from './errors';

/** `@Authorized()` needs a signed-in user; `@Authorized('ADMIN')` one of the listed roles. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.user) throw new AppError('UNAUTHENTICATED', 'You must be signed in to do this');
  if (roles.length > 0 && !roles.includes(context.user.role)) {
    throw new AppError('FORBIDDEN', 'Your role does not allow this');
  }
  return true;
};
