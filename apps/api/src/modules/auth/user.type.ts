import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf, USER_ROLES, type UserRole } from '@polisee/domain';
import type { UserEntity } from './user.entity';

// Derived from the domain's list.
export const Role = enumOf(USER_ROLES);
export type Role = UserRole;
registerEnumType(Role, { name: 'Role', description: 'ADMIN: lead-partner staff. PARTNER_EDITOR: staff of one partner. LEARNER: a self-registered learner of the training package.' });

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field()
  active: boolean;

  @Field({ description: 'Invited and not yet signed up.' })
  invitationPending: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field()
  createdAt: Date;

  static from(e: UserEntity): User {
    return Object.assign(new User(), {
      id: e.id,
      email: e.email,
      name: e.name,
      role: e.role,
      partnerId: e.partnerId,
      active: e.active,
      invitationPending: e.passwordHash === null,
      lastLoginAt: e.lastLoginAt,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType()
export class Invitation {
  @Field(() => User)
  user: User;

  @Field({ description: 'Path in the admin console where the invitee sets a password. Shown once.' })
  acceptPath: string;

  @Field()
  expiresAt: Date;
}
