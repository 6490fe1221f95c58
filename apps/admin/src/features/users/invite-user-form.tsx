import { useCallback, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { InviteUserMutation, UserFormPartnersQuery, type InviteUserInput, type ResultOf, type Role } from '@polisee/graphql';
import { CopyButton, EnumSelect, Field, useFormat, userRoleLabels } from '@polisee/ui';
import { fixFieldsMessage } from '../../app/form-messages';
import { FormProblemAlert } from '../../kit/form-problem';
import { reasonMessages, useEditForm } from '../../kit/use-edit-form';

type Invitation = ResultOf<typeof InviteUserMutation>['inviteUser'];

// Learners register themselves on the portal; they are never invited.
const roles = (Object.keys(userRoleLabels) as Role[]).filter((r) => r !== 'LEARNER') as [Role, ...Role[]];

const inviteSchema = z
  .object({
    email: z.string().trim().min(1, 'EMAIL_REQUIRED').regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'EMAIL_INVALID'),
    name: z.string().trim().min(1, 'NAME_REQUIRED'),
    role: z.enum(roles),
    partnerId: z.string(),
  })
  // Checked with the fields (`when`), so every error shows at once.
  .refine((values) => values.role !== 'PARTNER_EDITOR' || values.partnerId !== '', { message: 'PARTNER_REQUIRED', path: ['partnerId'], when: () => true })
  .transform(
    (values): InviteUserInput => ({
      email: values.email,
      name: values.name,
      role: values.role,
      partnerId: values.role === 'PARTNER_EDITOR' ? values.partnerId : null,
    }),
  );

const empty: z.input<typeof inviteSchema> = { email: '', name: '', role: 'PARTNER_EDITOR', partnerId: '' };
const inviteMessages = reasonMessages({
  EMAIL_REQUIRED: msg`Enter the email address.`,
  EMAIL_INVALID: msg`Enter an email address such as name@example.eu.`,
  NAME_REQUIRED: msg`Enter the name.`,
  PARTNER_REQUIRED: msg`Choose the partner this editor works for.`,
  EMAIL_TAKEN: msg`A user with this email address already exists.`,
  USER_EMAIL_TAKEN: msg`A user with this email address already exists.`,
  UNKNOWN_PARTNER: msg`Choose a partner from the list.`,
});

/** The full address of the accept page; the API returns a path under this origin. */
export function invitationLink(acceptPath: string): string {
  return new URL(acceptPath, window.location.origin).toString();
}

export function InviteUserForm({ onInvited, onClose }: { onInvited: () => void; onClose: () => void }) {
  const { t } = useLingui();
  const format = useFormat();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [invite] = useMutation(InviteUserMutation);
  const save = useCallback(async (input: InviteUserInput) => (await invite({ variables: { input } })).data?.inviteUser ?? null, [invite]);
  const onSaved = useCallback(
    (result: Invitation | null) => {
      if (!result) return;
      setInvitation(result);
      onInvited();
    },
    [onInvited],
  );
  const { form, formRef, onSubmit, saving, problem, errorOf } = useEditForm({ schema: inviteSchema, empty, save, onSaved, messages: inviteMessages });
  const role = form.watch('role');
  const partners = useQuery(UserFormPartnersQuery, { skip: role !== 'PARTNER_EDITOR' });

  if (invitation) {
    const link = invitationLink(invitation.acceptPath);
    const email = invitation.user.email;
    const expiresAt = format.dateTime(invitation.expiresAt, { dateStyle: 'long', timeStyle: 'short' });
    return (
      <div className="card panel" role="status" aria-live="polite" data-testid="invitation-result">
        <h2>{t`Invitation created for ${email}`}</h2>
        <p>{t`Send this link to the invitee. It is shown only now and expires on ${expiresAt}.`}</p>
        <Field label={t`Invitation link`}>
          {(control) => (
            <div className="invite-link">
              <input {...control} className="input" readOnly value={link} onFocus={(event) => event.target.select()} />
              <CopyButton text={link} label={t`Copy link`} />
            </div>
          )}
        </Field>
        <button type="button" className="button" onClick={onClose}>
          {t`Done`}
        </button>
      </div>
    );
  }

  return (
    <form ref={formRef} className="card panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t`Invite a user`}</h2>
      <p className="muted">{t`The invitee sets a password by opening the link shown after sending.`}</p>
      <FormProblemAlert problem={problem} title={t`The invitation could not be created`} fieldsMessage={fixFieldsMessage} />
      <div className="form-grid">
        <Field label={t`Email`} required error={errorOf('email')}>
          {(control) => <input {...control} className="input" type="email" autoComplete="off" {...form.register('email')} />}
        </Field>
        <Field label={t`Name`} required error={errorOf('name')}>
          {(control) => <input {...control} className="input" type="text" autoComplete="off" {...form.register('name')} />}
        </Field>
        <Field label={t`Role`} required error={errorOf('role')}>
          {(control) => <EnumSelect {...control} labels={userRoleLabels} exclude={['LEARNER']} {...form.register('role')} />}
        </Field>
        {role === 'PARTNER_EDITOR' ? (
          <Field label={t`Partner`} required hint={t`Required for partner editors: the partner whose records they edit.`} error={errorOf('partnerId')}>
            {(control) => (
              <select {...control} className="select" {...form.register('partnerId')}>
                <option value="">{partners.loading ? t`Loading partners…` : t`Choose a partner…`}</option>
                {partners.data?.partners.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name}
                    {node.acronym ? ` (${node.acronym})` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t`Creating…` : t`Create invitation`}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t`Close invitation form`}
        </button>
      </div>
    </form>
  );
}
