import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateIndicatorMutation,
  IndicatorEditQuery,
  UpdateIndicatorMutation,
  type CreateIndicatorInput,
  type DevelopmentArea,
  type IndicatorKind,
  type IndicatorRowFragment,
  type IndicatorTransform,
  type Polarity,
} from '@polisee/graphql';
import { developmentAreaLabels, ErrorAlert, Field, indicatorKindLabels, indicatorTransformLabels, LoadError, Loading, optionsOf, polarityLabels } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import type { IndicatorListLocationState } from './indicator-list-page';
import { indicatorStrings as t } from './strings';
import { i18n } from '@lingui/core';

/** The form's state: every field as the text its control holds. */
interface IndicatorFormValues {
  code: string;
  name: string;
  description: string;
  unit: string;
  kind: IndicatorKind | '';
  polarity: Polarity | '';
  transform: IndicatorTransform;
  area: DevelopmentArea | '';
  dimension: string;
  source: string;
}

type FieldName = keyof IndicatorFormValues;
type FieldErrors = Partial<Record<FieldName, string>>;

// The API's rule for codes (they appear in import files and URLs).
const codePattern = /^[A-Z][A-Z0-9_]{1,39}$/;

const empty: IndicatorFormValues = {
  code: '',
  name: '',
  description: '',
  unit: '',
  kind: '',
  polarity: '',
  transform: 'NONE',
  area: '',
  dimension: '',
  source: '',
};

function valuesOf(indicator: IndicatorRowFragment): IndicatorFormValues {
  return {
    code: indicator.code,
    name: indicator.name,
    description: indicator.description,
    unit: indicator.unit,
    kind: indicator.kind,
    polarity: indicator.polarity,
    transform: indicator.transform,
    area: indicator.area,
    dimension: indicator.dimension ?? '',
    source: indicator.source,
  };
}

function validate(values: IndicatorFormValues, creating: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (creating && !codePattern.test(values.code.trim())) errors.code = values.code.trim() ? t.invalidCode : t.required(t.code);
  if (!values.name.trim()) errors.name = t.required(t.name);
  if (!values.unit.trim()) errors.unit = t.required(t.unit);
  if (creating && !values.kind) errors.kind = t.chooseRequired(t.kind);
  if (!values.polarity) errors.polarity = t.chooseRequired(t.polarity);
  if (!values.area) errors.area = t.chooseRequired(t.area);
  if (values.kind === 'STRUCTURAL' && !values.dimension.trim()) errors.dimension = t.dimensionRequired;
  return errors;
}

function toInput(values: IndicatorFormValues): CreateIndicatorInput {
  const optional = (text: string) => (text.trim() ? text.trim() : null);
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    description: optional(values.description),
    unit: values.unit.trim(),
    kind: values.kind as IndicatorKind,
    polarity: values.polarity as Polarity,
    transform: values.transform,
    area: values.area as DevelopmentArea,
    dimension: values.kind === 'STRUCTURAL' ? optional(values.dimension) : null,
    source: optional(values.source),
  };
}

export function IndicatorFormPage() {
  const { code } = useParams();
  const isAdmin = useIsAdmin();
  const edit = useQuery(IndicatorEditQuery, { variables: { code: code ?? '' }, skip: !code || !isAdmin, fetchPolicy: 'network-only' });

  let body;
  if (!isAdmin) {
    body = <ErrorAlert>{t.forbidden}</ErrorAlert>;
  } else if (!code) {
    body = <IndicatorForm initial={empty} />;
  } else if (edit.loading && !edit.data) {
    body = <Loading />;
  } else if (edit.error) {
    body = (
      <LoadError title={t.loadFailed} message={readApiError(edit.error).message} retryLabel={t.retry} onRetry={() => void edit.refetch()} />
    );
  } else if (!edit.data?.indicator) {
    body = <ErrorAlert>{t.notFound}</ErrorAlert>;
  } else {
    body = <IndicatorForm key={edit.data.indicator.id} id={edit.data.indicator.id} initial={valuesOf(edit.data.indicator)} />;
  }

  return (
    <section aria-labelledby="indicator-form-title">
      <p>
        <Link to="/indicators">← {t.backToList}</Link>
      </p>
      <h1 id="indicator-form-title">{code ? t.editTitle(code) : t.createTitle}</h1>
      {body}
    </section>
  );
}

function IndicatorForm({ id, initial }: { id?: string; initial: IndicatorFormValues }) {
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [createIndicator, creation] = useMutation(CreateIndicatorMutation);
  const [updateIndicator, update] = useMutation(UpdateIndicatorMutation);
  const saving = creation.loading || update.loading;
  const creating = !id;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found = validate(values, creating);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(Object.values(found)[0] ?? null);
      return;
    }
    const input = toInput(values);
    try {
      let status: string;
      if (id) {
        const { code: _code, kind: _kind, ...changes } = input;
        const result = await updateIndicator({ variables: { input: { ...changes, id } } });
        status = t.updated(result.data?.updateIndicator.code ?? input.code);
      } else {
        const result = await createIndicator({ variables: { input } });
        status = t.created(result.data?.createIndicator.code ?? input.code);
      }
      const state: IndicatorListLocationState = { status };
      await navigate('/indicators', { state });
    } catch (e) {
      const apiError = readApiError(e);
      setErrors(apiError.fieldErrors as FieldErrors);
      setFormError(apiError.message);
    }
  }

  const bind = <K extends FieldName>(name: K) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <form className="card" onSubmit={(event) => void handleSubmit(event)} noValidate aria-describedby="indicator-form-intro">
      <p id="indicator-form-intro" className="muted">
        {t.formIntro}
      </p>
      <div aria-live="assertive" aria-atomic="true">
        {formError ? (
          <div className="alert alert--error" role="alert" data-testid="indicator-form-error">
            <strong className="alert__title">{t.saveFailed}</strong>
            {formError}
          </div>
        ) : null}
      </div>
      <div className="form-grid">
        <Field label={t.code} required={creating} hint={creating ? t.codeHint : undefined} error={errors.code}>
          {(control) => <input {...control} className="input input--code" type="text" readOnly={!creating} autoCapitalize="characters" {...bind('code')} />}
        </Field>
        <Field label={t.name} required error={errors.name}>
          {(control) => <input {...control} className="input" type="text" {...bind('name')} />}
        </Field>
        <Field label={t.kind} required={creating} error={errors.kind}>
          {(control) => (
            <select {...control} className="select" disabled={!creating} {...bind('kind')}>
              <option value="">{t.choose}</option>
              {optionsOf(indicatorKindLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.area} required error={errors.area}>
          {(control) => (
            <select {...control} className="select" {...bind('area')}>
              <option value="">{t.choose}</option>
              {optionsOf(developmentAreaLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.unit} required hint={t.unitHint} error={errors.unit}>
          {(control) => <input {...control} className="input" type="text" {...bind('unit')} />}
        </Field>
        <Field label={t.polarity} required error={errors.polarity}>
          {(control) => (
            <select {...control} className="select" {...bind('polarity')}>
              <option value="">{t.choose}</option>
              {optionsOf(polarityLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.transform} hint={t.transformHint} error={errors.transform}>
          {(control) => (
            <select {...control} className="select" {...bind('transform')}>
              {optionsOf(indicatorTransformLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.dimension} required={values.kind === 'STRUCTURAL'} hint={t.dimensionHint} error={errors.dimension}>
          {(control) => <input {...control} className="input" type="text" disabled={values.kind !== 'STRUCTURAL'} {...bind('dimension')} />}
        </Field>
        <Field label={t.description} error={errors.description} className="field--wide">
          {(control) => <textarea {...control} className="textarea textarea--prose" rows={3} {...bind('description')} />}
        </Field>
        <Field label={t.source} error={errors.source} className="field--wide">
          {(control) => <input {...control} className="input" type="text" {...bind('source')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t.saving : id ? t.save : t.create}
        </button>
        <Link className="button button--secondary" to="/indicators">
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}
