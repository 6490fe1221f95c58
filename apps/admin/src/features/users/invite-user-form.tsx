import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { InviteUserMutation, UserFormPartnersQuery, type ResultOf, type Role } from '@polisee/graphql';
import { CopyButton, Field, optionsOf, userRoleLabels } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { userStrings as t } from './strings';
import { i18n } from '@lingui/core';

type Invitation = ResultOf<typeof InviteUserMutation>['inviteUser'];
type FieldErrors = Partial<Record<'email' | 'name' | 'role' | 'partnerId', string>>;

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** The full address of the accept page; the API returns a path under this origin. */
export function invitationLink(acceptPath: string): string {
  return new URL(acceptPath, window.location.origin).toString();
}

export function InviteUserForm({ onInvited, onClose }: { onInvited: () => void; onClose: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('PARTNER_EDITOR');
  const [partnerId, setPartnerId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const partners = useQuery(UserFormPartnersQuery, { skip: role !== 'PARTNER_EDITOR' });
  const [invite, { loading }] = useMutation(InviteUserMutation);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!email.trim()) found.email = t.required(t.email);
    if (!name.trim()) found.name = t.required(t.name);
    if (role === 'PARTNER_EDITOR' && !partnerId) found.partnerId = t.partnerRequired;
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await invite({
        variables: {
          input: { email: email.trim(), name: name.trim(), role, partnerId: role === 'PARTNER_EDITOR' ? partnerId : null },
        },
      });
      if (result.data) {
        setInvitation(result.data.inviteUser);
        onInvited();
      }
    } catch (e) {
      const apiError = readApiError(e);
      setErrors(apiError.fieldErrors as FieldErrors);
      setFormError(apiError.message);
    }
  }

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
    <form className="card panel" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t.inviteTitle}</h2>
      <p className="muted">{t.inviteIntro}</p>
      <div aria-live="assertive">
        {formError ? (
          <div className="alert alert--error" role="alert">
            <strong className="alert__title">{t.inviteFailed}</strong>
            {formError}
          </div>
        ) : null}
      </div>
      <div className="form-grid">
        <Field label={t.email} required error={errors.email}>
          {(control) => <input {...control} className="input" type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />}
        </Field>
        <Field label={t.name} required error={errors.name}>
          {(control) => <input {...control} className="input" type="text" autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={t.role} required error={errors.role}>
          {(control) => (
            <select {...control} className="select" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {optionsOf(userRoleLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {role === 'PARTNER_EDITOR' ? (
          <Field label={t.partner} required hint={t.partnerHint} error={errors.partnerId}>
            {(control) => (
              <select {...control} className="select" value={partnerId} onChange={(event) => setPartnerId(event.target.value)}>
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
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.sending : t.sendInvite}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.closeInvite}
        </button>
      </div>
    </form>
  );
}
