import { useCallback, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { InviteUserMutation, UserFormPartnersQuery, type InviteUserInput, type ResultOf, type Role } from '@polisee/graphql';
import { CopyButton, EnumSelect, Field, userRoleLabels } from '@polisee/ui';
import { FormProblemAlert } from '../../kit/form-problem';
import { useEditForm, type ReasonMessages } from '../../kit/use-edit-form';
import { userStrings as t } from './strings';

type Invitation = ResultOf<typeof InviteUserMutation>['inviteUser'];

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
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
const inviteMessages: ReasonMessages = (reason) => t.reasons[reason];

/** The full address of the accept page; the API returns a path under this origin. */
export function invitationLink(acceptPath: string): string {
  return new URL(acceptPath, window.location.origin).toString();
}

export function InviteUserForm({ onInvited, onClose }: { onInvited: () => void; onClose: () => void }) {
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
    return (
      <div className="card panel" role="status" aria-live="polite" data-testid="invitation-result">
        <h2>{t.invitedTitle(invitation.user.email)}</h2>
        <p>{t.invitedBody(dateFormat.format(new Date(invitation.expiresAt)))}</p>
        <Field label={t.inviteLink}>
          {(control) => (
            <div className="invite-link">
              <input {...control} className="input" readOnly value={link} onFocus={(event) => event.target.select()} />
              <CopyButton text={link} label={t.copyLink} />
            </div>
          )}
        </Field>
        <button type="button" className="button" onClick={onClose}>
          {t.done}
        </button>
      </div>
    );
  }

  return (
    <form ref={formRef} className="card panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t.inviteTitle}</h2>
      <p className="muted">{t.inviteIntro}</p>
      <FormProblemAlert problem={problem} title={t.inviteFailed} fieldsMessage={t.fixFields} />
      <div className="form-grid">
        <Field label={t.email} required error={errorOf('email')}>
          {(control) => <input {...control} className="input" type="email" autoComplete="off" {...form.register('email')} />}
        </Field>
        <Field label={t.name} required error={errorOf('name')}>
          {(control) => <input {...control} className="input" type="text" autoComplete="off" {...form.register('name')} />}
        </Field>
        <Field label={t.role} required error={errorOf('role')}>
          {(control) => <EnumSelect {...control} labels={userRoleLabels} exclude={['LEARNER']} {...form.register('role')} />}
        </Field>
        {role === 'PARTNER_EDITOR' ? (
          <Field label={t.partner} required hint={t.partnerHint} error={errorOf('partnerId')}>
            {(control) => (
              <select {...control} className="select" {...form.register('partnerId')}>
                <option value="">{partners.loading ? t.loadingPartners : t.choosePartner}</option>
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
          {saving ? t.sending : t.sendInvite}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.closeInvite}
        </button>
      </div>
    </form>
  );
}
