import { parse, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './rate-limiter';

const op = (src: string) => parse(src).definitions[0] as OperationDefinitionNode;
const config = { rateLimitWriteCost: 5, rateLimitExpensiveCost: 20 };

describe('operationCost', () => {
  it.each([
    ['{ me { id } }', 1],
    ['{ __typename }', 1],
    ['{ a: regions { code } b: regions { code } }', 2],
    ['mutation { logout }', 5],
    ['mutation { a: logout b: logout }', 10],
    ['{ exportObservations(format: CSV) { rowCount } }', 20],
    ['mutation { login(input: { email: "a", password: "b" }) { id } }', 20],
  ])('%s costs %i', (src, cost) => {
    expect(operationCost(op(src), config)).toBe(cost);
  });
});
