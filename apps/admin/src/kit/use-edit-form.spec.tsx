import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useId, type ReactNode } from 'react';
import { z } from 'zod';
import { FormProblemAlert } from './form-problem';
import { useEditForm, type EditFormLoad, type ReasonMessages } from './use-edit-form';

const schema = z
  .object({
    name: z.string().trim().min(1, 'NAME_REQUIRED'),
    email: z.string().trim().regex(/^\S+@\S+$/, 'EMAIL_INVALID'),
    budget: z.string().trim().refine((text) => text === '' || Number(text) >= 0, 'BUDGET_INVALID'),
  })
  .transform((values) => ({ name: values.name, email: values.email, budget: values.budget ? Number(values.budget) : null }));

const empty = { name: '', email: '', budget: '' };
const words: Record<string, string> = {
  NAME_REQUIRED: 'Enter the name.',
  EMAIL_INVALID: 'Enter an email address.',
  BUDGET_INVALID: 'Enter a number of 0 or more.',
  PARTNER_NAME_TAKEN: 'Another partner already has this name.',
  FORBIDDEN_FOR_ROLE: 'Only administrators can do this.',
};
const messages: ReasonMessages = (reason) => words[reason];

// A labelled control with its error, as @polisee/ui's Field renders it (that package's labels
// are Lingui macros, which this jsdom project does not compile).
function Field({ label, error, children }: { label: string; error?: string; children: (props: Record<string, unknown>) => ReactNode }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined })}
      {error ? <span id={`${id}-error`}>{error}</span> : null}
    </div>
  );
}

interface Record_ {
  name: string;
  email: string;
}

function TestForm({ save, onSaved, load }: { save: (output: unknown) => Promise<unknown>; onSaved?: () => void; load?: EditFormLoad<Record_> }) {
  const { status, form, formRef, onSubmit, saving, problem, errorOf } = useEditForm({
    schema,
    empty,
    load,
    toValues: (record: Record_) => ({ name: record.name, email: record.email, budget: '' }),
    save,
    onSaved,
    messages,
  });
  if (status !== 'ready') return <p data-testid="status">{status}</p>;
  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormProblemAlert problem={problem} title="Not saved" fieldsMessage={(count) => `Fix ${count} fields.`} />
      <Field label="Name" error={errorOf('name')}>
        {(props) => <input {...props} {...form.register('name')} />}
      </Field>
      <Field label="Email" error={errorOf('email')}>
        {(props) => <input {...props} {...form.register('email')} />}
      </Field>
      <Field label="Budget" error={errorOf('budget')}>
        {(props) => <input {...props} {...form.register('budget')} />}
      </Field>
      <button type="submit" disabled={saving}>
        Save
      </button>
    </form>
  );
}

const serverError = (errors: Array<{ message: string; extensions: Record<string, unknown> }>) => new CombinedGraphQLErrors({ errors });

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  });
}

describe('useEditForm', () => {
  it('shows every client error at once, worded by reason, focuses the first and does not save', async () => {
    const save = jest.fn();
    render(<TestForm save={save} />);
    fireEvent.change(screen.getByLabelText('Budget'), { target: { value: '-3' } });
    await submit();
    await waitFor(() => expect(screen.getByText('Enter the name.')).toBeTruthy());
    expect(screen.getByText('Enter an email address.')).toBeTruthy();
    expect(screen.getByText('Enter a number of 0 or more.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Fix 3 fields.');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(save).not.toHaveBeenCalled();
  });

  it('sends the parsed output and reports success', async () => {
    const save = jest.fn().mockResolvedValue('ok');
    const onSaved = jest.fn();
    render(<TestForm save={save} onSaved={onSaved} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Marche Region ' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'info@marche.example' } });
    fireEvent.change(screen.getByLabelText('Budget'), { target: { value: '1200' } });
    await submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('ok'));
    expect(save).toHaveBeenCalledWith({ name: 'Marche Region', email: 'info@marche.example', budget: 1200 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('maps all server field errors at once by reason, prose as the fallback, and focuses the first in form order', async () => {
    const save = jest.fn().mockRejectedValue(
      serverError([
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              // The API lists them in its own order; focus follows the form's.
              { field: 'email', reason: 'SOMETHING_NEW', message: 'The mail server refuses this domain' },
              { field: 'name', reason: 'PARTNER_NAME_TAKEN', message: 'A partner with this name already exists' },
              { field: 'colour', reason: 'NOT_A_FIELD', message: 'Colour is not allowed' },
            ],
          },
        },
      ]),
    );
    render(<TestForm save={save} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Marche Region' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'info@marche.example' } });
    await submit();
    await waitFor(() => expect(screen.getByText('Another partner already has this name.')).toBeTruthy());
    expect(screen.getByText('The mail server refuses this domain')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Fix 2 fields.');
    expect(alert.textContent).toContain('Colour is not allowed');
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Budget').getAttribute('aria-invalid')).toBeNull();
  });

  it('words an error of the whole form by its reason and focuses the alert', async () => {
    const save = jest.fn().mockRejectedValue(serverError([{ message: 'Forbidden', extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN_FOR_ROLE' } }]));
    render(<TestForm save={save} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a@b.c' } });
    await submit();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Only administrators can do this.'));
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('waits for the record, fills the form, and says when it is missing or failed to load', async () => {
    const save = jest.fn();
    const loading: EditFormLoad<Record_> = { loading: true, error: undefined, record: undefined, retry: jest.fn() };
    const { rerender } = render(<TestForm save={save} load={loading} />);
    expect(screen.getByTestId('status').textContent).toBe('loading');
    rerender(<TestForm save={save} load={{ ...loading, loading: false, record: { name: 'Marche Region', email: 'a@b.c' } }} />);
    await waitFor(() => expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Marche Region'));
    rerender(<TestForm save={save} load={{ ...loading, loading: false, record: null }} />);
    expect(screen.getByTestId('status').textContent).toBe('not-found');
    rerender(<TestForm save={save} load={{ ...loading, loading: false, error: new Error('offline') }} />);
    expect(screen.getByTestId('status').textContent).toBe('load-failed');
  });
});
