import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '@polisee/domain';
import { AppError, badInput, FieldErrors } from '../common/app-error';
import { createFormatError, isExpectedError } from './errors';

// Apollo hands the formatter a GraphQLError wrapping what the resolver threw.
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });
const format = (original: Error, production = true) => {
  const wrapped = wrap(original);
  return createFormatError(production)(wrapped.toJSON(), wrapped);
};

describe('the error formatter', () => {
  it('maps an AppError to code and reason, with field errors and their reasons', () => {
    const errors = new FieldErrors().add('name', 'PARTNER_NAME_TAKEN', 'Taken').add('role', 'LEAD_PARTNER_EXISTS', 'Lead exists');
    let thrown: unknown;
    try {
      errors.throwIfAny();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).not.toBeInstanceOf(GraphQLError);
    expect(format(thrown as AppError)).toEqual({
      message: 'name: Taken; role: Lead exists',
      path: ['x'],
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fieldErrors: [
          { field: 'name', reason: 'PARTNER_NAME_TAKEN', message: 'Taken' },
          { field: 'role', reason: 'LEAD_PARTNER_EXISTS', message: 'Lead exists' },
        ],
      },
    });
  });

  it('gives one bad field its own reason as the error reason', () => {
    expect(format(badInput('n', 'REFERENCE_COUNT_OUT_OF_RANGE', 'n must be between 1 and 80')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REFERENCE_COUNT_OUT_OF_RANGE',
      fieldErrors: [{ field: 'n', reason: 'REFERENCE_COUNT_OUT_OF_RANGE', message: 'n must be between 1 and 80' }],
    });
  });

  it('keeps retryAfterSeconds and leaves out empty field errors', () => {
    const e = new AppError('TOO_MANY_REQUESTS', 'LOGIN_THROTTLED', 'Wait', { retryAfterSeconds: 60 });
    expect(format(e).extensions).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'LOGIN_THROTTLED', retryAfterSeconds: 60 });
  });

  it('turns input validation into field errors with the constraint as reason', () => {
    const e = new ArgumentValidationError([
      { property: 'input', children: [{ property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] }] },
    ]);
    expect(format(e).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fieldErrors: [{ field: 'email', reason: 'IS_EMAIL', message: 'email must be an email' }],
    });
  });

  it('uses a domain error code as the reason', () => {
    expect(format(new DomainError('INVALID_WEIGHTS', 'Weights must sum to 1')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_WEIGHTS' });
  });

  it('masks anything else in production', () => {
    const e = new Error('relation "secret" does not exist');
    expect(isExpectedError(wrap(e))).toBe(false);
    expect(format(e)).toEqual({ message: 'Internal server error', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
