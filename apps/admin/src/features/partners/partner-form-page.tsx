import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreatePartnerMutation,
  PartnerEditQuery,
  PartnerFilterOptionsQuery,
  PartnerFormRegionsQuery,
  UpdatePartnerMutation,
  type CreatePartnerInput,
  type Fund,
  type PartnerRole,
  type PartnerType,
  type ResultOf,
} from '@polisee/graphql';
import { ErrorAlert, Field, fundLabels, LoadError, Loading, optionsOf, partnerRoleLabels, partnerTypeLabels } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import type { PartnerListLocationState } from './partner-list-page';
import { partnerStrings as t } from './strings';
import { i18n } from '@lingui/core';

type EditedPartner = NonNullable<ResultOf<typeof PartnerEditQuery>['partner']>;

/** The form's state: every field as the text its control holds. */
interface PartnerFormValues {
  name: string;
  acronym: string;
  country: string;
  regionCode: string;
  type: PartnerType | '';
  role: PartnerRole | '';
  fund: Fund | '';
  budgetEur: string;
  website: string;
  contactEmail: string;
}

type FieldName = keyof PartnerFormValues;
type FieldErrors = Partial<Record<FieldName, string>>;

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

function validate(values: PartnerFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = t.required(t.name);
  if (!values.country) errors.country = t.chooseRequired(t.country);
  if (!values.type) errors.type = t.chooseRequired(t.type);
  if (!values.role) errors.role = t.chooseRequired(t.role);
  if (!values.fund) errors.fund = t.chooseRequired(t.fund);
  if (values.budgetEur.trim()) {
    const budget = Number(values.budgetEur);
    if (!Number.isFinite(budget) || budget < 0) errors.budgetEur = t.invalidNumber;
  }
  return errors;
}

/** Validated values as the API's input; empty optional fields become null. */
function toInput(values: PartnerFormValues): CreatePartnerInput {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return {
    name: values.name.trim(),
    acronym: optional(values.acronym),
    country: values.country,
    regionCode: optional(values.regionCode),
    type: values.type as PartnerType,
    role: values.role as PartnerRole,
    fund: values.fund as Fund,
    budgetEur: values.budgetEur.trim() ? Number(values.budgetEur) : null,
    website: optional(values.website),
    contactEmail: optional(values.contactEmail),
  };
}

export function PartnerFormPage() {
  const { id } = useParams();
  const isAdmin = useIsAdmin();
  const edit = useQuery(PartnerEditQuery, { variables: { id: id ?? '' }, skip: !id || !isAdmin, fetchPolicy: 'network-only' });

  let body;
  if (!isAdmin) {
    body = <ErrorAlert>{t.forbiddenForm}</ErrorAlert>;
  } else if (!id) {
    body = <PartnerForm initial={empty} />;
  } else if (edit.loading && !edit.data) {
    body = <Loading />;
  } else if (edit.error) {
    body = (
      <LoadError title={t.loadFailed} message={readApiError(edit.error).message} retryLabel={t.retry} onRetry={() => void edit.refetch()} />
    );
  } else if (!edit.data?.partner) {
    body = <ErrorAlert>{t.notFound}</ErrorAlert>;
  } else {
    body = <PartnerForm key={edit.data.partner.id} id={edit.data.partner.id} initial={valuesOf(edit.data.partner)} />;
  }

  const title = id ? t.editTitle(edit.data?.partner?.name ?? '') : t.createTitle;
  return (
    <section aria-labelledby="partner-form-title">
      <p>
        <Link to="/partners">← {t.backToList}</Link>
      </p>
      <h1 id="partner-form-title">{title}</h1>
      {body}
    </section>
  );
}

function PartnerForm({ id, initial }: { id?: string; initial: PartnerFormValues }) {
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const countries = useQuery(PartnerFilterOptionsQuery);
  const regions = useQuery(PartnerFormRegionsQuery, { variables: { country: values.country }, skip: !values.country });
  const [createPartner, creation] = useMutation(CreatePartnerMutation);
  const [updatePartner, update] = useMutation(UpdatePartnerMutation);
  const saving = creation.loading || update.loading;

  function set<K extends FieldName>(name: K, value: PartnerFormValues[K]) {
    setValues((current) => ({
      ...current,
      [name]: value,
      // A region belongs to one country.
      ...(name === 'country' && value !== current.country ? { regionCode: '' } : {}),
    }));
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(Object.values(found)[0] ?? null);
      return;
    }
    const input = toInput(values);
    try {
      let status: string;
      if (id) {
        const result = await updatePartner({ variables: { input: { ...input, id } } });
        status = t.updated(result.data?.updatePartner.name ?? input.name);
      } else {
        const result = await createPartner({ variables: { input } });
        status = t.created(result.data?.createPartner.name ?? input.name);
      }
      const state: PartnerListLocationState = { status };
      await navigate('/partners', { state });
    } catch (e) {
      const apiError = readApiError(e);
      setErrors(apiError.fieldErrors as FieldErrors);
      setFormError(apiError.message);
    }
  }

  const select = <K extends FieldName>(name: K) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => set(name, event.target.value as PartnerFormValues[K]),
  });

  return (
    <form className="card" onSubmit={(event) => void handleSubmit(event)} noValidate aria-describedby="partner-form-intro">
      <p id="partner-form-intro" className="muted">
        {t.formIntro}
      </p>
      <div aria-live="assertive" aria-atomic="true">
        {formError ? (
          <div className="alert alert--error" role="alert" data-testid="partner-form-error">
            <strong className="alert__title">{t.saveFailed}</strong>
            {formError}
          </div>
        ) : null}
      </div>
      <div className="form-grid">
        <Field label={t.name} required error={errors.name} className="field--wide">
          {(control) => <input {...control} className="input" type="text" {...select('name')} />}
        </Field>
        <Field label={t.acronym} error={errors.acronym}>
          {(control) => <input {...control} className="input" type="text" {...select('acronym')} />}
        </Field>
        <Field label={t.country} required error={errors.country}>
          {(control) => (
            <select {...control} className="select" {...select('country')}>
              <option value="">{countries.loading ? t.loadingCountries : t.choose}</option>
              {countries.data?.countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t.region}
          error={errors.regionCode}
          hint={!values.country ? t.regionHintNoCountry : regions.error ? readApiError(regions.error).message : undefined}
        >
          {(control) => (
            <select {...control} className="select" disabled={!values.country || regions.loading} {...select('regionCode')}>
              <option value="">{regions.loading ? t.loadingRegions : t.noRegion}</option>
              {regions.data?.regions.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name} ({region.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.type} required error={errors.type}>
          {(control) => (
            <select {...control} className="select" {...select('type')}>
              <option value="">{t.choose}</option>
              {optionsOf(partnerTypeLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.role} required error={errors.role}>
          {(control) => (
            <select {...control} className="select" {...select('role')}>
              <option value="">{t.choose}</option>
              {optionsOf(partnerRoleLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.fund} required error={errors.fund}>
          {(control) => (
            <select {...control} className="select" {...select('fund')}>
              <option value="">{t.choose}</option>
              {optionsOf(fundLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.budgetEur} error={errors.budgetEur}>
          {(control) => <input {...control} className="input" type="number" min={0} step="any" inputMode="decimal" {...select('budgetEur')} />}
        </Field>
        <Field label={t.website} hint={t.websiteHint} error={errors.website}>
          {(control) => <input {...control} className="input" type="url" {...select('website')} />}
        </Field>
        <Field label={t.contactEmail} error={errors.contactEmail}>
          {(control) => <input {...control} className="input" type="email" {...select('contactEmail')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t.saving : id ? t.save : t.create}
        </button>
        <Link className="button button--secondary" to="/partners">
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}
