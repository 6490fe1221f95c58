/*
 * The bench runs under Node, but the package compiles without Node (or DOM) types because the
 * engine runs in browsers too. The two host APIs the bench needs, which every host has, typed here.
 */
interface Host {
  console: { log(...values: unknown[]): void };
  performance: { now(): number };
}

export const { console, performance } = globalThis as unknown as Host;
