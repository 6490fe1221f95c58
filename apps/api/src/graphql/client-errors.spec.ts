import { GraphQLError } from 'graphql';
import { createLogger } from '../logging/logger';
import { boundMessage, errorLogPlugin, withClientErrorBounds } from './client-errors';
import { AppError } from '../common/app-error';
import { createFormatError } from './errors';

const logged = async (errors: GraphQLError[]) => {
  const lines: string[] = [];
  const logger = createLogger('info', {}, (l) => lines.push(l));
  const listener = await errorLogPlugin.requestDidStart!({} as never);
  await (listener as any).didEncounterErrors({ contextValue: { logger }, errors, operationName: 'Q' });
  return lines.map((l) => JSON.parse(l));
};

describe('client errors', () => {
  it('log at info, without a stack, bounded, however large the input', async () => {
    const validation = new GraphQLError(`Cannot query field "${'x'.repeat(1024 * 1024)}" on type "Query".`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const [line] = await logged([validation]);
    expect(line).toMatchObject({ level: 'info', msg: 'client error', code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(JSON.stringify(line).length).toBeLessThan(600);
    expect(JSON.stringify(line)).not.toMatch(/stack|at .*\.js/);
    const [bad] = await logged([new GraphQLError('nope', { originalError: new AppError('BAD_USER_INPUT', 'NOPE', 'nope') })]);
    expect(bad).toMatchObject({ level: 'info', code: 'BAD_USER_INPUT' });
  });

  it('server errors keep their stack at error level', async () => {
    const [line] = await logged([new GraphQLError('wrapped', { originalError: new Error('db down') })]);
    expect(line).toMatchObject({ level: 'error', msg: 'unhandled error' });
    expect(line.err.stack).toContain('db down');
  });

  it('answers with a bounded message, and "too many variable errors" is BAD_USER_INPUT', () => {
    const format = withClientErrorBounds(createFormatError(true));
    const tooMany = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(format({ message: tooMany.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, tooMany).extensions?.code).toBe('BAD_USER_INPUT');
    const huge = new GraphQLError(`Variable "$c" got invalid value "${'Z'.repeat(100000)}"`, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(format({ message: huge.message, extensions: { code: 'BAD_USER_INPUT' } }, huge).message.length).toBeLessThanOrEqual(300);
    expect(boundMessage('short')).toBe('short');
  });
});
