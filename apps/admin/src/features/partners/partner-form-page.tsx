import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import {
  CreatePartnerMutation,
  PartnerEditQuery,
  PartnerFilterOptionsQuery,
  PartnerFormRegionsQuery,
  PartnerListQuery,
  UpdatePartnerMutation,
  type CreatePartnerInput,
  type Fund,
  type PartnerRole,
  type PartnerType,
  type ResultOf,
} from '@polisee/graphql';
import { commonMessages, EnumSelect, ErrorAlert, Field, fundLabels, LoadError, Loading, partnerRoleLabels, partnerTypeLabels, useDocumentTitle, useFormat } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { fixFieldsMessage } from '../../app/form-messages';
import { FormProblemAlert } from '../../kit/form-problem';
import { reasonMessages, useEditForm } from '../../kit/use-edit-form';
import type { PartnerListLocationState } from './partner-list-page';

type EditedPartner = NonNullable<ResultOf<typeof PartnerEditQuery>['partner']>;

const partnerTypes = Object.keys(partnerTypeLabels) as [PartnerType, ...PartnerType[]];
const partnerRoles = Object.keys(partnerRoleLabels) as [PartnerRole, ...PartnerRole[]];
const funds = Object.keys(fundLabels) as [Fund, ...Fund[]];

const optional = (text: string) => (text.trim() ? text.trim() : null);
const isBudget = (text: string) => text === '' || (Number.isFinite(Number(text)) && Number(text) >= 0);

/**
 * The form holds text as typed; the schema checks it as the API would (same limits) and turns it
 * into the API's input. Issue messages are reason codes, worded by `partnerReasonMessages` below.
 */
const partnerSchema = z
  .object({
    name: z.string().trim().min(1, 'NAME_REQUIRED').min(2, 'NAME_LENGTH').max(200, 'NAME_LENGTH'),
    acronym: z.string().trim().max(30, 'ACRONYM_LENGTH'),
    country: z.string().regex(/^[A-Z]{2}$/, 'COUNTRY_REQUIRED'),
    regionCode: z.string(),
    type: z.union([z.enum(partnerTypes), z.literal('')]).refine((value) => value !== '', 'TYPE_REQUIRED'),
    role: z.union([z.enum(partnerRoles), z.literal('')]).refine((value) => value !== '', 'ROLE_REQUIRED'),
    fund: z.union([z.enum(funds), z.literal('')]).refine((value) => value !== '', 'FUND_REQUIRED'),
    budgetEur: z
      .string()
      .trim()
      .refine(isBudget, 'BUDGET_INVALID')
      .refine((text) => !isBudget(text) || text === '' || Number(text) <= 1_000_000_000, 'BUDGET_TOO_LARGE'),
    website: z
      .string()
      .trim()
      .refine((text) => text === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text), 'WEBSITE_INVALID'),
    contactEmail: z
      .string()
      .trim()
      .refine((text) => text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text), 'EMAIL_INVALID'),
  })
  .transform(
    (values): CreatePartnerInput => ({
      name: values.name,
      acronym: optional(values.acronym),
      country: values.country,
      regionCode: optional(values.regionCode),
      type: values.type as PartnerType,
      role: values.role as PartnerRole,
      fund: values.fund as Fund,
      budgetEur: values.budgetEur ? Number(values.budgetEur) : null,
      website: optional(values.website),
      contactEmail: optional(values.contactEmail),
    }),
  );

type PartnerFormValues = z.input<typeof partnerSchema>;

const empty: PartnerFormValues = {
  name: '',
  acronym: '',
  country: '',
  regionCode: '',
  type: '',
  role: '',
  fund: '',
  budgetEur: '',
  website: '',
  contactEmail: '',
};

function valuesOf(partner: EditedPartner): PartnerFormValues {
  return {
    name: partner.name,
    acronym: partner.acronym ?? '',
    country: partner.country,
    regionCode: partner.regionCode ?? '',
    type: partner.type,
    role: partner.role,
    fund: partner.fund,
    budgetEur: partner.budgetEur == null ? '' : String(partner.budgetEur),
    website: partner.website ?? '',
    contactEmail: partner.contactEmail ?? '',
  };
}

export const partnerReasonMessages = reasonMessages({
  NAME_REQUIRED: msg({ message: 'Enter the name.', context: 'organisation' }),
  NAME_LENGTH: msg`Use 2 to 200 characters for the name.`,
  ACRONYM_LENGTH: msg`Use at most 30 characters for the acronym.`,
  COUNTRY_REQUIRED: msg`Choose the country.`,
  TYPE_REQUIRED: msg`Choose the type.`,
  ROLE_REQUIRED: msg`Choose the role.`,
  FUND_REQUIRED: msg`Choose the fund.`,
  BUDGET_INVALID: msg`Enter a number of 0 or more.`,
  BUDGET_TOO_LARGE: msg`Enter a budget of at most 1,000,000,000 EUR.`,
  WEBSITE_INVALID: msg`Enter a full address starting with http:// or https://.`,
  EMAIL_INVALID: msg`Enter an email address such as name@example.eu.`,
  PARTNER_NAME_TAKEN: msg`Another partner already has this name.`,
  LEAD_PARTNER_EXISTS: msg`The project already has a lead partner.`,
  IPA_PARTNER_FUND: msg`An IPA partner is funded by IPA.`,
  REGION_NOT_IN_COUNTRY: msg`This region is not in the chosen country.`,
  UNKNOWN_REGION: msg`Choose a region from the list.`,
  UNKNOWN_COUNTRY: msg`Choose a country of the programme area.`,
  PARTNER_NOT_FOUND: msg`This partner no longer exists (it may have been deleted).`,
});

export function PartnerFormPage() {
  const { t } = useLingui();
  const { id } = useParams();
  const isAdmin = useIsAdmin();
  if (!isAdmin) {
    return (
      <PartnerFormFrame id={id}>
        <ErrorAlert>{t`Only administrators can create or edit partners.`}</ErrorAlert>
      </PartnerFormFrame>
    );
  }
  return <PartnerForm key={id ?? 'new'} id={id} />;
}

function PartnerFormFrame({ id, name, children }: { id?: string; name?: string; children: React.ReactNode }) {
  const { t } = useLingui();
  const partnerName = name ?? '';
  const title = id ? t`Edit ${partnerName}` : t`New partner`;
  useDocumentTitle(title, 'PoliSEE admin');
  return (
    <section aria-labelledby="partner-form-title">
      <p>
        <Link to="/partners">← {t`Back to partners`}</Link>
      </p>
      <h1 id="partner-form-title">{title}</h1>
      {children}
    </section>
  );
}

function PartnerForm({ id }: { id?: string }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const navigate = useNavigate();
  const edit = useQuery(PartnerEditQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const countriesQuery = useQuery(PartnerFilterOptionsQuery);
  const leadQuery = useQuery(PartnerListQuery, { variables: { filter: { roles: ['LEAD_PARTNER'] }, first: 1 }, fetchPolicy: 'network-only' });
  const [createPartner] = useMutation(CreatePartnerMutation);
  const [updatePartner] = useMutation(UpdatePartnerMutation);

  const save = useCallback(
    async (input: CreatePartnerInput) => {
      if (id) {
        const result = await updatePartner({ variables: { input: { ...input, id } } });
        const name = result.data?.updatePartner.name ?? input.name;
        return t`Saved “${name}”.`;
      }
      const result = await createPartner({ variables: { input } });
      const name = result.data?.createPartner.name ?? input.name;
      return t`Created “${name}”.`;
    },
    [id, createPartner, updatePartner, t],
  );
  const onSaved = useCallback(
    async (status: string) => {
      const state: PartnerListLocationState = { status };
      await navigate('/partners', { state });
    },
    [navigate],
  );

  const { status, loadError, retry, form, formRef, onSubmit, saving, problem, errorOf } = useEditForm({
    schema: partnerSchema,
    empty,
    load: id ? { loading: edit.loading, error: edit.error, record: edit.data ? edit.data.partner : undefined, retry: () => void edit.refetch() } : undefined,
    toValues: valuesOf,
    save,
    onSaved,
    messages: partnerReasonMessages,
  });
  const { register, control, watch, setValue } = form;
  const country = watch('country');
  const role = watch('role');
  const regions = useQuery(PartnerFormRegionsQuery, { variables: { country }, skip: !country });

  const countries = useMemo(
    () => [...(countriesQuery.data?.countries ?? [])].sort((a, b) => format.country(a.code).localeCompare(format.country(b.code), format.intlLocale)),
    [countriesQuery.data, format],
  );
  // Choices the API would refuse are not offered: a second lead partner, a non-IPA fund for an
  // IPA partner.
  const lead = leadQuery.data?.partners.edges[0]?.node;
  const otherLead = lead && lead.id !== id ? lead : null;
  const otherLeadName = otherLead?.name;
  const roleExclude: PartnerRole[] = otherLead ? ['LEAD_PARTNER'] : [];
  const fundExclude: Fund[] = role === 'IPA_PARTNER' ? ['ERDF'] : [];

  let body;
  if (status === 'loading') body = <Loading />;
  else if (status === 'load-failed') body = <LoadError title={t`Partners could not be loaded`} message={loadError?.message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={retry} />;
  else if (status === 'not-found') body = <ErrorAlert>{t`This partner does not exist (it may have been deleted).`}</ErrorAlert>;
  else
    body = (
      <form ref={formRef} className="card" onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby="partner-form-intro">
        <p id="partner-form-intro" className="muted">
          {t`Fields marked * are required.`}
        </p>
        <FormProblemAlert problem={problem} title={t`The partner could not be saved`} testId="partner-form-error" fieldsMessage={fixFieldsMessage} />
        <div className="form-grid">
          <Field label={t({ message: 'Name', context: 'organisation' })} required error={errorOf('name')} className="field--wide">
            {(props) => <input {...props} className="input" type="text" {...register('name')} />}
          </Field>
          <Field label={t`Acronym`} error={errorOf('acronym')}>
            {(props) => <input {...props} className="input" type="text" {...register('acronym')} />}
          </Field>
          <Field label={t`Country`} required error={errorOf('country')}>
            {(props) => (
              <Controller
                control={control}
                name="country"
                render={({ field }) => (
                  <select
                    {...props}
                    className="select"
                    name={field.name}
                    ref={field.ref}
                    value={field.value}
                    onBlur={field.onBlur}
                    onChange={(event) => {
                      // A region belongs to one country.
                      if (event.target.value !== field.value) setValue('regionCode', '');
                      field.onChange(event.target.value);
                    }}
                  >
                    <option value="">{countriesQuery.loading ? t`Loading countries…` : t`Choose…`}</option>
                    {countries.map((item) => (
                      <option key={item.code} value={item.code}>
                        {format.country(item.code)}
                      </option>
                    ))}
                  </select>
                )}
              />
            )}
          </Field>
          <Field
            label={t`Region`}
            error={errorOf('regionCode')}
            hint={!country ? t`Choose a country first.` : regions.error ? readApiError(regions.error).message : undefined}
          >
            {(props) => (
              <Controller
                control={control}
                name="regionCode"
                render={({ field }) => (
                  <select {...props} {...field} className="select" disabled={!country || regions.loading}>
                    <option value="">{regions.loading ? t`Loading regions…` : t`No region`}</option>
                    {regions.data?.regions.map((region) => (
                      <option key={region.code} value={region.code}>
                        {region.name} ({region.code})
                      </option>
                    ))}
                  </select>
                )}
              />
            )}
          </Field>
          <Field label={t`Type`} required error={errorOf('type')}>
            {(props) => <EnumSelect {...props} labels={partnerTypeLabels} placeholder={t`Choose…`} {...register('type')} />}
          </Field>
          <Field label={t`Role`} required error={errorOf('role')} hint={otherLeadName ? t`${otherLeadName} is the lead partner; a project has one.` : undefined}>
            {(props) => (
              <EnumSelect
                {...props}
                labels={partnerRoleLabels}
                placeholder={t`Choose…`}
                exclude={roleExclude}
                {...register('role', {
                  // An IPA partner is funded by IPA: the only fund left to choose.
                  onChange: (event: { target: { value: string } }) => {
                    if (event.target.value === 'IPA_PARTNER') setValue('fund', 'IPA');
                  },
                })}
              />
            )}
          </Field>
          <Field label={t`Fund`} required error={errorOf('fund')} hint={role === 'IPA_PARTNER' ? t`IPA partners are funded by IPA.` : undefined}>
            {(props) => <EnumSelect {...props} labels={fundLabels} placeholder={t`Choose…`} exclude={fundExclude} {...register('fund')} />}
          </Field>
          <Field label={t`Budget (EUR)`} error={errorOf('budgetEur')}>
            {(props) => <input {...props} className="input" type="text" inputMode="decimal" {...register('budgetEur')} />}
          </Field>
          <Field label={t`Website`} hint={t`Full address, e.g. https://www.example.eu`} error={errorOf('website')}>
            {(props) => <input {...props} className="input" type="url" {...register('website')} />}
          </Field>
          <Field label={t`Contact email`} error={errorOf('contactEmail')}>
            {(props) => <input {...props} className="input" type="email" {...register('contactEmail')} />}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={saving}>
            {saving ? i18n._(commonMessages.saving) : id ? t`Save partner` : t`Create partner`}
          </button>
          <Link className="button button--secondary" to="/partners">
            {i18n._(commonMessages.cancel)}
          </Link>
        </div>
      </form>
    );

  return (
    <PartnerFormFrame id={id} name={edit.data?.partner?.name}>
      {body}
    </PartnerFormFrame>
  );
}
