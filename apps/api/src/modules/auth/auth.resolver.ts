import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput } from '../../common/app-error';
import { Partner } from '../partner/partner.type';
import { AcceptInvitationInput, ChangeUserRoleInput, InviteUserInput, LoginInput, UserFilter } from './auth.inputs';
import type { NewSession } from './auth.service';
import { Invitation, User } from './user.type';

function signIn(ctx: Context, s: NewSession): User {
  ctx.setSessionCookie(s.token, s.expiresAt);
  return User.from(s.user);
}

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.user) return null;
    const u = await ctx.services.users.get(ctx.user.id);
    return u ? User.from(u) : null;
  }

  @Mutation(() => User, { description: 'Signs in and sets the session cookie.' })
  async login(@Ctx() ctx: Context, @Arg('input', () => LoginInput) input: LoginInput): Promise<User> {
    return signIn(ctx, await ctx.services.auth.login(input.email, input.password, ctx.request));
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.sessionId);
    ctx.clearSessionCookie();
    return true;
  }

  @Mutation(() => User, { description: 'Sets the password of an invited user and signs them in.' })
  async acceptInvitation(@Ctx() ctx: Context, @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput): Promise<User> {
    return signIn(ctx, await ctx.services.users.acceptInvitation(input, ctx.request));
  }

  @Authorized('ADMIN')
  @Query(() => [User])
  async users(@Ctx() ctx: Context, @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter): Promise<User[]> {
    return (await ctx.services.users.list(filter ?? {})).map(User.from);
  }

  @Authorized('ADMIN')
  @Mutation(() => Invitation)
  async inviteUser(@Ctx() ctx: Context, @Arg('input', () => InviteUserInput) input: InviteUserInput): Promise<Invitation> {
    const { user, token, expiresAt } = await ctx.services.users.invite(input);
    return Object.assign(new Invitation(), {
      user: User.from(user),
      acceptPath: `/admin/accept-invitation?token=${encodeURIComponent(token)}`,
      expiresAt,
    });
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  async changeUserRole(@Ctx() ctx: Context, @Arg('input', () => ChangeUserRoleInput) input: ChangeUserRoleInput): Promise<User> {
    return User.from(await ctx.services.users.changeRole(ctx.user!, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Deactivates a user and ends their sessions.' })
  async deactivateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return User.from(await ctx.services.users.setActive(ctx.user!, id, false));
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  async reactivateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return User.from(await ctx.services.users.setActive(ctx.user!, id, true));
  }

  @Authorized('ADMIN')
  @Mutation(() => Int, {
    description: 'Clears the sign-in pauses of an account at every address (after failed attempts); returns how many were cleared.',
  })
  async unlockSignIn(@Ctx() ctx: Context, @Arg('email', () => String) email: string): Promise<number> {
    if (email.length > 254) throw badInput('email', 'EMAIL_TOO_LONG', 'Email is longer than 254 characters');
    return ctx.services.auth.unlockSignIn(email);
  }

  @FieldResolver(() => Partner, { nullable: true })
  async partner(@Root() u: User, @Ctx() ctx: Context): Promise<Partner | null> {
    if (!u.partnerId) return null;
    const p = await ctx.loaders.partnerById.load(u.partnerId);
    return p ? Partner.from(p) : null;
  }
}
