import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
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
import { commonMessages, developmentAreaLabels, EnumSelect, ErrorAlert, Field, indicatorKindLabels, indicatorTransformLabels, LoadError, Loading, polarityLabels, useDocumentTitle } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { fixFieldsMessage } from '../../app/form-messages';
import { FormProblemAlert } from '../../kit/form-problem';
import { reasonMessages, useEditForm } from '../../kit/use-edit-form';
import type { IndicatorListLocationState } from './indicator-list-page';

const keysOf = <K extends string>(labels: Record<K, unknown>) => Object.keys(labels) as [K, ...K[]];
const choice = <K extends string>(labels: Record<K, unknown>, reason: string) =>
  z.union([z.enum(keysOf(labels)), z.literal('')]).refine((value) => value !== '', reason);
const optional = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The form's text as typed, checked as the API checks it (codes are the API's pattern: they
 * appear in import files and URLs), and turned into its input. Messages are reason codes.
 */
const indicatorSchema = z
  .object({
    code: z.string().trim().toUpperCase().min(1, 'CODE_REQUIRED').regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'CODE_INVALID'),
    name: z.string().trim().min(1, 'NAME_REQUIRED').max(200, 'NAME_TOO_LONG'),
    description: z.string(),
    unit: z.string().trim().min(1, 'UNIT_REQUIRED'),
    kind: choice(indicatorKindLabels, 'KIND_REQUIRED'),
    polarity: choice(polarityLabels, 'POLARITY_REQUIRED'),
    transform: z.enum(keysOf(indicatorTransformLabels)),
    area: choice(developmentAreaLabels, 'AREA_REQUIRED'),
    dimension: z.string(),
    source: z.string(),
  })
  .refine((values) => values.kind !== 'STRUCTURAL' || values.dimension.trim() !== '', { message: 'DIMENSION_REQUIRED', path: ['dimension'], when: () => true })
  .transform(
    (values): CreateIndicatorInput => ({
      code: values.code,
      name: values.name,
      description: optional(values.description),
      unit: values.unit,
      kind: values.kind as IndicatorKind,
      polarity: values.polarity as Polarity,
      transform: values.transform as IndicatorTransform,
      area: values.area as DevelopmentArea,
      dimension: values.kind === 'STRUCTURAL' ? optional(values.dimension) : null,
      source: optional(values.source),
    }),
  );

type IndicatorFormValues = z.input<typeof indicatorSchema>;

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

const indicatorMessages = reasonMessages({
  CODE_REQUIRED: msg`Enter the code.`,
  CODE_INVALID: msg`Use 2 to 40 capital letters, digits or underscores, starting with a letter.`,
  NAME_REQUIRED: msg`Enter the name.`,
  NAME_TOO_LONG: msg`Use at most 200 characters for the name.`,
  UNIT_REQUIRED: msg`Enter the unit.`,
  KIND_REQUIRED: msg`Choose the kind.`,
  POLARITY_REQUIRED: msg`Choose the polarity.`,
  AREA_REQUIRED: msg`Choose the development area.`,
  DIMENSION_REQUIRED: msg`A structural indicator needs a similarity dimension.`,
  INDICATOR_CODE_TAKEN: msg`Another indicator already has this code.`,
});

export function IndicatorFormPage() {
  const { code } = useParams();
  const isAdmin = useIsAdmin();
  const { t } = useLingui();
  const title = code ? t`Edit ${code}` : t`New indicator`;
  useDocumentTitle(title, 'PoliSEE admin');
  return (
    <section aria-labelledby="indicator-form-title">
      <p>
        <Link to="/indicators">← {t`Back to indicators`}</Link>
      </p>
      <h1 id="indicator-form-title">{title}</h1>
      {isAdmin ? <IndicatorForm key={code ?? 'new'} code={code} /> : <ErrorAlert>{t`Only administrators can manage indicators.`}</ErrorAlert>}
    </section>
  );
}

function IndicatorForm({ code }: { code?: string }) {
  const { t, i18n } = useLingui();
  const navigate = useNavigate();
  const edit = useQuery(IndicatorEditQuery, { variables: { code: code ?? '' }, skip: !code, fetchPolicy: 'network-only' });
  const [createIndicator] = useMutation(CreateIndicatorMutation);
  const [updateIndicator] = useMutation(UpdateIndicatorMutation);
  const id = edit.data?.indicator?.id;
  const creating = !code;

  const save = useCallback(
    async (input: CreateIndicatorInput) => {
      if (id) {
        // Code and kind are fixed once created.
        const { code: _code, kind: _kind, ...changes } = input;
        const result = await updateIndicator({ variables: { input: { ...changes, id } } });
        const saved = result.data?.updateIndicator.code ?? input.code;
        return t`Saved ${saved}.`;
      }
      const result = await createIndicator({ variables: { input } });
      const created = result.data?.createIndicator.code ?? input.code;
      return t`Created ${created}.`;
    },
    [id, createIndicator, updateIndicator, t],
  );
  const onSaved = useCallback(
    async (status: string) => {
      const state: IndicatorListLocationState = { status };
      await navigate('/indicators', { state });
    },
    [navigate],
  );
  const { status, loadError, retry, form, formRef, onSubmit, saving, problem, errorOf } = useEditForm({
    schema: indicatorSchema,
    empty,
    load: code ? { loading: edit.loading, error: edit.error, record: edit.data ? edit.data.indicator : undefined, retry: () => void edit.refetch() } : undefined,
    toValues: valuesOf,
    save,
    onSaved,
    messages: indicatorMessages,
  });
  const { register, watch } = form;
  const kind = watch('kind');

  if (status === 'loading') return <Loading />;
  if (status === 'load-failed') return <LoadError title={t`Indicators could not be loaded`} message={loadError?.message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={retry} />;
  if (status === 'not-found') return <ErrorAlert>{t`This indicator does not exist.`}</ErrorAlert>;

  return (
    <form ref={formRef} className="card" onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby="indicator-form-intro">
      <p id="indicator-form-intro" className="muted">
        {t`Fields marked * are required.`}
      </p>
      <FormProblemAlert problem={problem} title={t`The indicator could not be saved`} fieldsMessage={fixFieldsMessage} testId="indicator-form-error" />
      <div className="form-grid">
        <Field label={t`Code`} required={creating} hint={creating ? t`Capital letters, digits and underscores, starting with a letter (e.g. BERD_EUR_PER_INH). Cannot be changed later.` : undefined} error={errorOf('code')}>
          {(control) => <input {...control} className="input input--code" type="text" readOnly={!creating} autoCapitalize="characters" {...register('code')} />}
        </Field>
        <Field label={t`Name`} required error={errorOf('name')}>
          {(control) => <input {...control} className="input" type="text" {...register('name')} />}
        </Field>
        <Field label={t`Kind`} required={creating} error={errorOf('kind')}>
          {(control) => <EnumSelect {...control} labels={indicatorKindLabels} placeholder={t`Choose…`} disabled={!creating} {...register('kind')} />}
        </Field>
        <Field label={t`Development area`} required error={errorOf('area')}>
          {(control) => <EnumSelect {...control} labels={developmentAreaLabels} placeholder={t`Choose…`} {...register('area')} />}
        </Field>
        <Field label={t`Unit`} required hint={t`e.g. EUR per inhabitant, % of population`} error={errorOf('unit')}>
          {(control) => <input {...control} className="input" type="text" {...register('unit')} />}
        </Field>
        <Field label={t`Polarity`} required error={errorOf('polarity')}>
          {(control) => <EnumSelect {...control} labels={polarityLabels} placeholder={t`Choose…`} {...register('polarity')} />}
        </Field>
        <Field label={t`Transform`} hint={t`A square root or log tames skewed per-capita counts before normalisation.`} error={errorOf('transform')}>
          {(control) => <EnumSelect {...control} labels={indicatorTransformLabels} {...register('transform')} />}
        </Field>
        <Field label={t`Similarity dimension`} required={kind === 'STRUCTURAL'} hint={t`Required for structural indicators: the group used to find similar regions (e.g. Economy).`} error={errorOf('dimension')}>
          {(control) => <input {...control} className="input" type="text" disabled={kind !== 'STRUCTURAL'} {...register('dimension')} />}
        </Field>
        <Field label={t`Description`} error={errorOf('description')} className="field--wide">
          {(control) => <textarea {...control} className="textarea textarea--prose" rows={3} {...register('description')} />}
        </Field>
        <Field label={t`Source`} error={errorOf('source')} className="field--wide">
          {(control) => <input {...control} className="input" type="text" {...register('source')} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? i18n._(commonMessages.saving) : creating ? t`Create indicator` : t`Save indicator`}
        </button>
        <Link className="button button--secondary" to="/indicators">
          {i18n._(commonMessages.cancel)}
        </Link>
      </div>
    </form>
  );
}
