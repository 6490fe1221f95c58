import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';
import { Role } from './user.type';

@InputType()
export class LoginInput {
  @Field()
  @Length(1, 254, { message: 'Email is required' })
  email: string;

  @Field()
  @Length(1, MAX_PASSWORD_LENGTH, { message: 'Password is required' })
  password: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'Not a valid email address' })
  @Length(3, 254)
  email: string;

  @Field()
  @Length(2, 200, { message: 'Name must be 2 to 200 characters' })
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required when role is PARTNER_EDITOR.' })
  @IsOptional()
  partnerId?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @Length(20, 200, { message: 'Invalid invitation token' })
  token: string;

  @Field()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, {
    message: `Password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
  })
  password: string;
}

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  partnerId?: string;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  active?: boolean;
}
