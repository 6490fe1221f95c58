import { useMemo, useState } from 'react';
import { useFormat } from '@polisee/ui';
import { readApiError, type ApiError } from '../../app/api-error';

/**
 * Runs a save and then refreshes the cycle; keeps the API's error (message, field errors and
 * the guard's reason) for the form to show.
 */
export function useAction(refresh: () => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await action();
      await refresh();
      setDone(true);
      return true;
    } catch (e) {
      setError(readApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, done, run, fieldErrors: error?.fieldErrors ?? {} };
}

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export const numberOrNull = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));

/** The cycle screens' numbers, money, percentages and dates in the active locale (`number.format(v)`). */
export function useCycleFormats() {
  const format = useFormat();
  return useMemo(
    () => ({
      number: { format: (value: number) => format.number(value, { maximumFractionDigits: 2 }) },
      percent: { format: (value: number) => format.percent(value) },
      money: { format: (value: number) => format.currency(value) },
      dateTime: { format: (value: Date | string) => format.dateTime(value) },
    }),
    [format],
  );
}
