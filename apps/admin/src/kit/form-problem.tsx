import type { FormProblem } from './use-edit-form';

/**
 * The alert above a form after a failed submit: how many fields need fixing (each shows its own
 * message), errors for no field of this form, or the message of an error of the whole form.
 */
export function FormProblemAlert({
  problem,
  title,
  fieldsMessage,
  testId,
}: {
  problem: FormProblem | null;
  title: string;
  /** "Fix the 2 fields marked below." (`fixFieldsMessage` from app/form-messages). */
  fieldsMessage: (count: number) => string;
  testId?: string;
}) {
  return (
    <div aria-live="assertive" aria-atomic="true">
      {problem ? (
        <div className="alert alert--error" role="alert" data-testid={testId} tabIndex={-1}>
          <strong className="alert__title">{title}</strong>
          {problem.kind === 'form' ? (
            problem.message
          ) : (
            <>
              {problem.count > 0 ? fieldsMessage(problem.count) : null}
              {problem.unplaced.length > 0 ? (
                <ul>
                  {problem.unplaced.map((message) => (
                    <li key={message}>{message}</li>
                  ))}
                </ul>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
