import { i18n, type MessageDescriptor } from '@lingui/core';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { readApiError, type ApiError } from '../app/api-error';
import { messageForReason } from '../app/error-messages';

/**
 * The message for a reason code, from the client's schema (`REQUIRED`) or the API's field and
 * error reasons (`PARTNER_NAME_TAKEN`); `field` is null for an error of the whole form. Undefined
 * when the app has no message for it: the server's prose is shown instead.
 */
export type ReasonMessages = (reason: string, field: string | null) => string | undefined;

/** Reason messages from catalogue descriptors (`{ NAME_REQUIRED: msg`Enter the name.` }`), in the active locale. */
export function reasonMessages(map: Readonly<Record<string, MessageDescriptor>>): ReasonMessages {
  return (reason) => {
    const descriptor = map[reason];
    return descriptor ? i18n._(descriptor) : undefined;
  };
}

/** What a failed submit shows above the form. */
export type FormProblem =
  | { kind: 'fields'; count: number; unplaced: string[] }
  | { kind: 'form'; message: string; error: ApiError };

export type EditFormStatus = 'loading' | 'load-failed' | 'not-found' | 'ready';

export interface EditFormLoad<TRecord> {
  loading: boolean;
  error: unknown;
  /** The loaded record; null when the API found none. */
  record: TRecord | null | undefined;
  retry: () => void;
}

export interface UseEditFormOptions<TValues extends FieldValues, TOutput, TRecord, TResult> {
  /**
   * Parses the form's values (text as typed) into what `save` sends. Its issue messages are
   * reason codes (`'REQUIRED'`), turned into words by `messages`, as the API's reasons are.
   */
  schema: z.ZodType<TOutput, TValues>;
  /** The values of a new record. */
  empty: TValues;
  /** Edit pages: the record's query. Omit when creating. */
  load?: EditFormLoad<TRecord>;
  /** The form's values for a loaded record. */
  toValues?: (record: TRecord) => TValues;
  save: (output: TOutput) => Promise<TResult>;
  onSaved?: (result: TResult) => void | Promise<void>;
  messages: ReasonMessages;
  /** The form field an API field error belongs to; by default the same name when it is a field. */
  fieldOf?: (serverField: string) => Path<TValues> | null;
}

export interface EditForm<TValues extends FieldValues, TOutput> {
  status: EditFormStatus;
  loadError: ApiError | null;
  retry: () => void;
  form: UseFormReturn<TValues, unknown, TOutput>;
  /** Put on the <form>: the first invalid control is found in its DOM order. */
  formRef: React.RefObject<HTMLFormElement | null>;
  onSubmit: (event?: FormEvent) => Promise<void>;
  saving: boolean;
  problem: FormProblem | null;
  /** The message shown under a field (reason resolved), or undefined. */
  errorOf: (name: Path<TValues>) => string | undefined;
}

function flatten(errors: FieldErrors, prefix = ''): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'root') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === 'string') out.push([name, value.message]);
    else if (typeof value === 'object') out.push(...flatten(value as FieldErrors, name));
  }
  return out;
}

/**
 * The load / submit / field-error sequence of an edit page, on react-hook-form with a zod schema:
 *
 * 1. while the record loads, `status` says so; once loaded, the form holds its values;
 * 2. submit validates on the client; the parsed output goes to `save`;
 * 3. every field error (the client's, or all of the API's at once) is set on its field, with the
 *    message chosen by its reason (server prose as a fallback); errors for fields the form does
 *    not have, and errors of the whole form, go to `problem`;
 * 4. focus moves to the first invalid control in the form's order (or to the form's alert).
 */
export function useEditForm<TValues extends FieldValues, TOutput, TRecord = never, TResult = unknown>(
  options: UseEditFormOptions<TValues, TOutput, TRecord, TResult>,
): EditForm<TValues, TOutput> {
  const { schema, empty, load, toValues, save, onSaved, messages, fieldOf } = options;
  const record = load?.record;
  const loaded = useMemo(() => (record && toValues ? toValues(record) : undefined), [record, toValues]);
  const form = useForm<TValues, unknown, TOutput>({
    defaultValues: empty as DefaultValues<TValues>,
    values: loaded,
    resolver: zodResolver(schema),
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const formRef = useRef<HTMLFormElement | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // After the failed submit has rendered its errors: the first invalid control, in DOM order.
  useEffect(() => {
    if (focusRequest === 0) return;
    const root = formRef.current;
    if (!root) return;
    const target = root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('[role="alert"]');
    if (target) {
      if (target.getAttribute('role') === 'alert' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [focusRequest]);

  const isField = useCallback((name: string): name is Path<TValues> => name in empty, [empty]);

  const onInvalid = useCallback((errors: FieldErrors<TValues>) => {
    setProblem({ kind: 'fields', count: flatten(errors).length, unplaced: [] });
    setFocusRequest((n) => n + 1);
  }, []);

  const onValid = useCallback(
    async (output: TOutput) => {
      setProblem(null);
      setSaving(true);
      try {
        const result = await save(output);
        setSaving(false);
        await onSaved?.(result);
      } catch (caught) {
        setSaving(false);
        const error = readApiError(caught);
        const unplaced: string[] = [];
        const placed = new Set<string>();
        for (const issue of error.fieldIssues) {
          const name = fieldOf ? fieldOf(issue.field) : isField(issue.field) ? issue.field : null;
          // The reason is kept when the form can word it; otherwise the console's message for the
          // reason (app/error-messages.ts), and the server's prose only when neither has one.
          const text = issue.reason && messages(issue.reason, issue.field) !== undefined ? issue.reason : messageForReason(issue.reason, issue.message);
          if (name) {
            placed.add(name);
            form.setError(name, { type: 'server', message: text }, { shouldFocus: false });
          } else {
            unplaced.push(messages(text, issue.field) ?? text);
          }
        }
        if (error.fieldIssues.length > 0) {
          setProblem({ kind: 'fields', count: placed.size, unplaced });
        } else {
          const message = (error.reason ? messages(error.reason, null) : undefined) ?? error.message;
          setProblem({ kind: 'form', message, error });
        }
        setFocusRequest((n) => n + 1);
      }
    },
    [save, onSaved, fieldOf, isField, messages, form],
  );

  const handle = form.handleSubmit(onValid, onInvalid);
  const onSubmit = useCallback(
    async (event?: FormEvent) => {
      event?.preventDefault();
      await handle();
    },
    [handle],
  );

  const errors = form.formState.errors;
  const errorOf = useCallback(
    (name: Path<TValues>) => {
      const entry = flatten(errors).find(([field]) => field === name);
      if (!entry) return undefined;
      const text = entry[1];
      return messages(text, name) ?? text;
    },
    [errors, messages],
  );

  let status: EditFormStatus = 'ready';
  let loadError: ApiError | null = null;
  if (load) {
    if (load.record === undefined && load.loading) status = 'loading';
    else if (load.error && !load.record) {
      status = 'load-failed';
      loadError = readApiError(load.error);
    } else if (!load.record) status = load.loading ? 'loading' : 'not-found';
  }

  return { status, loadError, retry: load?.retry ?? (() => undefined), form, formRef, onSubmit, saving, problem, errorOf };
}
